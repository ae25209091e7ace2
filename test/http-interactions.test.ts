import { request } from 'node:http';
import fc from 'fast-check';
import { pino, type Logger } from 'pino';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
  createInteractionServer,
  type InteractionReply,
  type InteractionServer,
  type InteractionServerOptions,
} from '../src/transport/http/server.ts';
import { parsePublicKey, verifyDiscordSignature } from '../src/transport/http/verify.ts';
import { createSigner, postSigned, signedHeaders, unixSeconds, type Signer } from './support/signed-request.ts';

const TOKEN = 'interaction-token-must-never-be-logged';
const signer = createSigner();

const command = { id: '1001', application_id: 'app-7', type: 2, token: TOKEN, data: { name: 'ask' } };
const component = { id: '1002', application_id: 'app-7', type: 3, token: TOKEN, data: { custom_id: 'more:1' } };
const autocomplete = { id: '1003', application_id: 'app-7', type: 4, token: TOKEN, data: { name: 'ask' } };
const ping = { id: '1000', application_id: 'app-7', type: 1 };
const reply: InteractionReply = { type: 4, data: { content: 'Here is what the coverage says.' } };

const silent = pino({ level: 'silent' });
const running: InteractionServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close(100)));
});

interface Started {
  url: string;
  /** The default spies; an override passed to start() replaces them in the server. */
  handle: Mock<InteractionServerOptions['handle']>;
  followUp: Mock<InteractionServerOptions['followUp']>;
  setReady: (ready: boolean) => void;
  server: InteractionServer;
}

async function start(overrides: Partial<InteractionServerOptions> = {}): Promise<Started> {
  let ready = false;
  const handle = vi.fn<InteractionServerOptions['handle']>(async () => reply);
  const followUp = vi.fn<InteractionServerOptions['followUp']>(async () => {});
  const server = createInteractionServer({
    publicKey: signer.publicKeyHex,
    handle,
    followUp,
    health: () => ({ ready, details: { guilds: 3 } }),
    logger: silent,
    ...overrides,
  });
  running.push(server);
  const { port } = await server.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, handle, followUp, setReady: (value) => (ready = value), server };
}

function post(url: string, body: string | object, options: { by?: Signer; timestamp?: string; headers?: Record<string, string> } = {}) {
  return postSigned(`${url}/interactions`, body, options.by ?? signer, options);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface StreamOutcome {
  status: number;
  sentBytes: number;
  closedByServer: boolean;
}

/** Streams a body until the server answers (never ending it), then checks whether the server hung up. */
function streamUntilAnswered(url: string, headers: Record<string, string>, limitBytes: number): Promise<StreamOutcome> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const req = request(`${url}/interactions`, { method: 'POST', headers });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      const status = res.statusCode ?? 0;
      const hangUp = new Promise<boolean>((closed) => res.socket.once('close', () => closed(true)));
      void Promise.race([hangUp, sleep(1_000).then(() => false)]).then((closedByServer) => {
        req.destroy();
        resolve({ status, sentBytes, closedByServer });
      });
    });
    // The server hangs up on an oversized body, so write errors after its answer are expected.
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const pump = (): void => {
      while (!answered && sentBytes < limitBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
    };
    req.flushHeaders();
    pump();
  });
}

/** POSTs the parts as separate chunks (Transfer-Encoding: chunked); resolves with the status. */
function postInChunks(url: string, headers: Record<string, string>, parts: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/interactions`, { method: 'POST', headers });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    for (const part of parts) req.write(part);
    req.end();
  });
}

function memoryLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) }), lines };
}

describe('signature verification over HTTP', () => {
  it('passes a correctly signed interaction to the handler and returns its reply as JSON', async () => {
    const { url, handle } = await start();
    const res = await post(url, command);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual(reply);
    expect(handle).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('rejects a tampered signature with 401 without calling the handler', async () => {
    const { url, handle } = await start();
    const timestamp = unixSeconds();
    const flipped = signer.sign(JSON.stringify(command), timestamp).replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const res = await post(url, command, { timestamp, headers: { 'X-Signature-Ed25519': flipped } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects a valid JSON body whose signature covers a different body, parsing nothing', async () => {
    const { url, handle } = await start();
    const timestamp = unixSeconds();
    const otherSignature = signer.sign(JSON.stringify(ping), timestamp);
    const res = await post(url, command, { timestamp, headers: { 'X-Signature-Ed25519': otherSignature } });
    expect(res.status).toBe(401);
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects a request signed by a different key', async () => {
    const { url, handle } = await start();
    expect((await post(url, command, { by: createSigner() })).status).toBe(401);
    expect((await post(url, ping, { by: createSigner() })).status).toBe(401);
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects requests missing either signature header', async () => {
    const { url, handle } = await start();
    const body = JSON.stringify(command);
    const { 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': timestamp } = signedHeaders(body, signer);
    const headerSets: Record<string, string>[] = [{}, { 'X-Signature-Ed25519': signature }, { 'X-Signature-Timestamp': timestamp }];
    for (const headers of headerSets) {
      const res = await fetch(`${url}/interactions`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
      expect(res.status).toBe(401);
    }
    expect(handle).not.toHaveBeenCalled();
  });

  it('rejects stale and future timestamps (replays) but accepts small clock skew', async () => {
    const { url, handle } = await start();
    const now = Date.now();
    expect((await post(url, command, { timestamp: unixSeconds(now - 301_000) })).status).toBe(401);
    expect((await post(url, command, { timestamp: unixSeconds(now + 302_000) })).status).toBe(401);
    expect(handle).not.toHaveBeenCalled();
    expect((await post(url, command, { timestamp: unixSeconds(now - 120_000) })).status).toBe(200);
  });

  it('judges staleness by the injected clock', async () => {
    const sentAt = Date.now();
    const { url } = await start({ now: () => sentAt + 10 * 60_000 });
    expect((await post(url, command, { timestamp: unixSeconds(sentAt) })).status).toBe(401);
  });
});

describe('request bodies', () => {
  it('answers 413 when Content-Length exceeds the cap', async () => {
    const { url, handle } = await start({ maxBodyBytes: 1024 });
    const body = JSON.stringify({ ...command, data: { name: 'ask', padding: 'x'.repeat(2048) } });
    const res = await post(url, body);
    expect(res.status).toBe(413);
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers 413 to an oversized Content-Length before any of the body arrives', async () => {
    const { url } = await start();
    const headers = { ...signedHeaders('irrelevant', signer), 'Content-Length': String(10 * 1024 * 1024) };
    const outcome = await streamUntilAnswered(url, headers, 0);
    expect(outcome).toEqual({ status: 413, sentBytes: 0, closedByServer: true });
  });

  it('stops reading a chunked body as soon as it grows past the cap', async () => {
    const { url, handle } = await start({ maxBodyBytes: 64 * 1024 });
    const headers = { ...signedHeaders('irrelevant', signer), 'Transfer-Encoding': 'chunked' };
    const limit = 64 * 1024 * 1024;
    const { status, sentBytes, closedByServer } = await streamUntilAnswered(url, headers, limit);
    expect(status).toBe(413);
    expect(sentBytes).toBeLessThan(limit);
    expect(closedByServer).toBe(true);
    expect(handle).not.toHaveBeenCalled();
  });

  it('verifies and handles a chunked body under the cap', async () => {
    const { url, handle } = await start();
    const body = JSON.stringify(command);
    const parts = [body.slice(0, 10), body.slice(10, 30), body.slice(30)];
    expect(await postInChunks(url, { ...signedHeaders(body, signer) }, parts)).toBe(200);
    expect(handle).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('answers 400 to a signed body that is not JSON or has no numeric type', async () => {
    const { url, handle } = await start();
    for (const body of ['{"type": 2,', 'null', '[1]', '"text"', '{"type":"2"}', '{}']) {
      expect((await post(url, body)).status).toBe(400);
    }
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('interaction replies', () => {
  it('answers PING with PONG without calling the handler', async () => {
    const { url, handle } = await start();
    const res = await post(url, ping);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
    expect(handle).not.toHaveBeenCalled();
  });

  it('defers a slow command (type 5) and follows up with the reply data', async () => {
    const handle = async (): Promise<InteractionReply> => (await sleep(150), reply);
    const { url, followUp } = await start({ handle, deferAfterMs: 30 });
    const res = await post(url, command);
    expect(await res.json()).toEqual({ type: 5 });
    expect(followUp).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(followUp).toHaveBeenCalledOnce());
    expect(followUp).toHaveBeenCalledWith({ application_id: 'app-7', token: TOKEN }, reply.data);
  });

  it('defers a slow component with DEFERRED_UPDATE_MESSAGE (type 6)', async () => {
    const handle = async (): Promise<InteractionReply> => (await sleep(150), { type: 7, data: { content: 'page 2' } });
    const { url, followUp } = await start({ handle, deferAfterMs: 30 });
    expect(await (await post(url, component)).json()).toEqual({ type: 6 });
    await vi.waitFor(() => expect(followUp).toHaveBeenCalledWith({ application_id: 'app-7', token: TOKEN }, { content: 'page 2' }));
  });

  it('returns fast autocomplete choices and an empty list when autocomplete is slow', async () => {
    const choices = { type: 8, data: { choices: [{ name: 'Kabul', value: 'kabul' }] } };
    const fast = await start({ handle: async () => choices });
    expect(await (await post(fast.url, autocomplete)).json()).toEqual(choices);

    const slow = await start({ handle: async () => (await sleep(150), choices), deferAfterMs: 30 });
    expect(await (await post(slow.url, autocomplete)).json()).toEqual({ type: 8, data: { choices: [] } });
    await sleep(200);
    expect(slow.followUp).not.toHaveBeenCalled();
  });

  it('answers 500 when the handler throws, and keeps serving', async () => {
    const handle = vi.fn<InteractionServerOptions['handle']>().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(reply);
    const { url } = await start({ handle });
    const failed = await post(url, command);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('content-type')).toBe('application/json');
    expect(await failed.json()).toEqual({ error: 'internal error' });
    const next = await post(url, command);
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual(reply);
  });
});

describe('routes', () => {
  it('reports 503 on /healthz until ready, then 200 with the details', async () => {
    const { url, setReady } = await start();
    const before = await fetch(`${url}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'starting' });
    setReady(true);
    const after = await fetch(`${url}/healthz`);
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toBe('application/json');
    expect(await after.json()).toEqual({ status: 'ok', guilds: 3 });
  });

  it('answers 404 to unknown paths and 405 to other methods on /interactions', async () => {
    const { url } = await start();
    expect((await fetch(`${url}/nope`)).status).toBe(404);
    expect((await postSigned(`${url}/interactions/extra`, command, signer)).status).toBe(404);
    const get = await fetch(`${url}/interactions`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${url}/interactions`, { method: 'PUT', body: '{}' })).status).toBe(405);
  });
});

describe('logging', () => {
  it('logs interaction id, command, type, status and time, never the token or signature', async () => {
    const slowCommand = { ...command, id: '1005' };
    const { logger, lines } = memoryLogger();
    const handle = async (interaction: unknown): Promise<InteractionReply> => {
      const { id } = interaction as { id: string };
      if (id === component.id) throw new Error(`handler failed for token ${TOKEN}`);
      if (id === slowCommand.id) await sleep(100);
      return reply;
    };
    const followUp = vi.fn<InteractionServerOptions['followUp']>(async () => {
      throw new Error(`PATCH /webhooks/app-7/${TOKEN}/messages/@original failed`);
    });
    const { url } = await start({ logger, handle, followUp, deferAfterMs: 30 });

    const timestamp = unixSeconds();
    const signature = signer.sign(JSON.stringify(command), timestamp);
    await post(url, command, { timestamp });
    await post(url, component);
    await post(url, command, { headers: { 'X-Signature-Ed25519': '00'.repeat(64) } });
    await post(url, slowCommand);
    await vi.waitFor(() => expect(lines.join('')).toContain('deferred interaction failed'));

    const output = lines.join('');
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(signature);
    expect(output).not.toContain('00'.repeat(64));
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const answered = entries.find((entry) => entry.interactionId === '1001');
    expect(answered).toMatchObject({ command: 'ask', type: 2, status: 200, ms: expect.any(Number) });
    const failed = entries.find((entry) => entry.interactionId === '1002' && entry.status === 500);
    expect(failed).toMatchObject({ command: 'more:1', type: 3, ms: expect.any(Number) });
    expect(JSON.stringify(failed)).toContain('handler failed for token [token]');
    expect(entries.find((entry) => entry.status === 401)).toMatchObject({ ms: expect.any(Number) });
    for (const entry of entries.filter((e) => e.interactionId !== undefined)) {
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['interactionId', 'command', 'type', 'status', 'ms']));
    }
  });

  it('logs a handler that fails after the interaction was deferred', async () => {
    const { logger, lines } = memoryLogger();
    const handle = async (): Promise<InteractionReply> => {
      await sleep(100);
      throw new Error('late failure');
    };
    const { url, followUp } = await start({ logger, handle, deferAfterMs: 30 });
    expect(await (await post(url, command)).json()).toEqual({ type: 5 });
    await vi.waitFor(() => expect(lines.join('')).toContain('late failure'));
    expect(followUp).not.toHaveBeenCalled();
    expect(lines.join('')).not.toContain(TOKEN);
  });
});

describe('close', () => {
  it('lets an in-flight request finish within the grace period', async () => {
    const handle = async (): Promise<InteractionReply> => (await sleep(150), reply);
    const { url, server } = await start({ handle, deferAfterMs: 5_000 });
    const inFlight = post(url, command);
    await sleep(30);
    const startedClosing = Date.now();
    await server.close(5_000);
    expect(Date.now() - startedClosing).toBeLessThan(2_000);
    expect((await inFlight).status).toBe(200);
  });

  it('destroys connections still open when the grace period ends', async () => {
    const handle = (): Promise<InteractionReply> => new Promise(() => {});
    const { url, server } = await start({ handle, deferAfterMs: 60_000 });
    const inFlight = post(url, command).then(
      () => 'answered',
      () => 'connection closed',
    );
    await sleep(30);
    const startedClosing = Date.now();
    await server.close(100);
    expect(Date.now() - startedClosing).toBeLessThan(1_000);
    expect(await inFlight).toBe('connection closed');
  });
});

describe('verifyDiscordSignature', () => {
  const key = signer.publicKeyHex;

  it('accepts a good signature and names the reason for each failure', () => {
    const body = Buffer.from(JSON.stringify(command));
    const timestamp = unixSeconds();
    const signature = signer.sign(body, timestamp);
    const now = Date.now();
    expect(verifyDiscordSignature({ publicKey: key, signature, timestamp, body, now })).toEqual({ ok: true });
    expect(verifyDiscordSignature({ publicKey: key, signature: undefined, timestamp, body, now })).toEqual({ ok: false, reason: 'missing' });
    expect(verifyDiscordSignature({ publicKey: key, signature: 'zz', timestamp, body, now })).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyDiscordSignature({ publicKey: key, signature, timestamp: 'soon', body, now })).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyDiscordSignature({ publicKey: key, signature, timestamp, body: Buffer.from('{}'), now })).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyDiscordSignature({ publicKey: key, signature, timestamp, body, now: now + 301_000 })).toEqual({ ok: false, reason: 'stale' });
    expect(verifyDiscordSignature({ publicKey: parsePublicKey(key), signature, timestamp, body, now })).toEqual({ ok: true });
  });

  it('never throws on arbitrary input', () => {
    const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: length, maxLength: length });
    const anyOrUndefined = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(key), hex(64), fc.string()),
        anyOrUndefined(fc.oneof(hex(128), fc.string())),
        anyOrUndefined(fc.oneof(fc.nat().map(String), fc.string())),
        fc.uint8Array(),
        (publicKey, signature, timestamp, bytes) => {
          const result = verifyDiscordSignature({ publicKey, signature, timestamp, body: Buffer.from(bytes) });
          expect(result.ok).toBe(false);
        },
      ),
    );
  });

  it('parsePublicKey rejects a malformed key with a clear error', () => {
    expect(() => parsePublicKey('abc')).toThrow(/64 hexadecimal characters/);
    expect(() => parsePublicKey('g'.repeat(64))).toThrow(/64 hexadecimal characters/);
    expect(() => createInteractionServer({ publicKey: 'nope' } as InteractionServerOptions)).toThrow(/64 hexadecimal/);
  });
});
