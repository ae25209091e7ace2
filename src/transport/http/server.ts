import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { parsePublicKey, verifyDiscordSignature } from './verify.ts';

/** The JSON body of an interaction response. */
export interface InteractionReply {
  type: number;
  data?: object;
}

export interface FollowUpTarget {
  application_id: string;
  token: string;
}

export interface InteractionServerOptions {
  /** The application's public key, 64 hex characters. */
  publicKey: string;
  handle: (interaction: unknown) => Promise<InteractionReply>;
  health: () => { ready: boolean; details: Record<string, unknown> };
  logger: Logger;
  maxBodyBytes?: number;
  /** How long `handle` may take before the interaction is deferred. */
  deferAfterMs?: number;
  /** Sends a late reply's data as an edit of the deferred original response. */
  followUp: (interaction: FollowUpTarget, reply: object) => Promise<void>;
  /** Clock in milliseconds, for the replay window and timings. */
  now?: () => number;
}

export interface InteractionServer {
  server: Server;
  listen(port: number, host?: string): Promise<AddressInfo>;
  close(graceMs: number): Promise<void>;
}

const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;
const ResponseType = { Pong: 1, DeferredChannelMessage: 5, DeferredUpdateMessage: 6, AutocompleteResult: 8 } as const;

/** What the server reads from an interaction: only enough to route, defer and log it. */
interface Envelope {
  type: number;
  id?: unknown;
  application_id?: unknown;
  token?: unknown;
  data?: { name?: unknown; custom_id?: unknown };
}

type HandleOutcome = { kind: 'reply'; reply: InteractionReply } | { kind: 'late' };

export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const { handle, health, logger, followUp } = options;
  const publicKey = parsePublicKey(options.publicKey);
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const now = options.now ?? Date.now;
  const pendingFollowUps = new Set<Promise<void>>();
  let closing = false;

  const server = createServer((req, res) => {
    const startedAt = now();
    route(req, res, startedAt).catch((err: unknown) => {
      logger.warn({ path: pathOf(req), ms: now() - startedAt, err: describeError(err) }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, startedAt: number): Promise<void> {
    const path = pathOf(req);
    if (path === '/interactions') {
      if (req.method !== 'POST') return reject(req, res, 405, startedAt, { Allow: 'POST' });
      return interactions(req, res, startedAt);
    }
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return reject(req, res, 405, startedAt, { Allow: 'GET, HEAD' });
      const { ready, details } = health();
      return ready ? send(res, 200, { status: 'ok', ...details }) : send(res, 503, { status: 'starting' });
    }
    reject(req, res, 404, startedAt);
  }

  async function interactions(req: IncomingMessage, res: ServerResponse, startedAt: number): Promise<void> {
    if (Number(req.headers['content-length']) > maxBodyBytes) return tooLarge(req, res, startedAt);
    const body = await readBody(req, maxBodyBytes);
    if (!body) return tooLarge(req, res, startedAt);

    // Node joins repeated custom headers into one string, so these are never arrays.
    const verdict = verifyDiscordSignature({
      publicKey,
      signature: req.headers['x-signature-ed25519'] as string | undefined,
      timestamp: req.headers['x-signature-timestamp'] as string | undefined,
      body,
      now: now(),
    });
    if (!verdict.ok) return reject(req, res, 401, startedAt, {}, { reason: verdict.reason });

    const interaction = parseEnvelope(body);
    if (!interaction) return reject(req, res, 400, startedAt);
    if (interaction.type === InteractionType.Ping) {
      return answer(res, interaction, 200, { type: ResponseType.Pong }, startedAt);
    }
    return dispatch(res, interaction, startedAt);
  }

  async function dispatch(res: ServerResponse, interaction: Envelope, startedAt: number): Promise<void> {
    // The async wrapper turns a handler that throws synchronously into a rejection.
    const handled = (async () => handle(interaction))();
    let outcome: HandleOutcome;
    try {
      outcome = await withDeadline(handled, deferAfterMs);
    } catch (err) {
      logger.error({ ...fieldsOf(interaction, 500, startedAt), err: describeError(err, interaction) }, 'interaction handler failed');
      return answer(res, interaction, 500, { error: 'internal error' }, startedAt);
    }
    if (outcome.kind === 'reply') return answer(res, interaction, 200, outcome.reply, startedAt);

    answer(res, interaction, 200, deferralFor(interaction.type), startedAt);
    trackFollowUp(deliverLate(handled, interaction, startedAt));
  }

  /** Sends the reply that missed the deadline as an edit of the deferred response. */
  async function deliverLate(handled: Promise<InteractionReply>, interaction: Envelope, startedAt: number): Promise<void> {
    try {
      const reply = await handled;
      if (interaction.type === InteractionType.Autocomplete || !reply.data) {
        logger.warn(fieldsOf(interaction, 200, startedAt), 'late reply dropped: nothing to follow up with');
        return;
      }
      await followUp(followUpTarget(interaction), reply.data);
      logger.info(fieldsOf(interaction, 200, startedAt), 'interaction follow-up sent');
    } catch (err) {
      logger.error({ ...fieldsOf(interaction, 200, startedAt), err: describeError(err, interaction) }, 'deferred interaction failed');
    }
  }

  function trackFollowUp(work: Promise<void>): void {
    pendingFollowUps.add(work);
    void work.finally(() => pendingFollowUps.delete(work));
  }

  function answer(res: ServerResponse, interaction: Envelope, status: number, body: object, startedAt: number): void {
    send(res, status, body);
    logger.info(fieldsOf(interaction, status, startedAt), 'interaction answered');
  }

  function reject(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    startedAt: number,
    headers: Record<string, string> = {},
    extra: Record<string, unknown> = {},
  ): void {
    send(res, status, { error: statusText(status) }, headers);
    logger.warn({ method: req.method, path: pathOf(req), status, ms: now() - startedAt, ...extra }, 'request rejected');
  }

  function tooLarge(req: IncomingMessage, res: ServerResponse, startedAt: number): void {
    // Closing the connection stops the client from streaming the rest of an oversized body at us.
    reject(req, res, 413, startedAt, { Connection: 'close' });
  }

  function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(json),
      ...(closing ? { Connection: 'close' } : {}),
      ...headers,
    });
    res.end(json);
  }

  function fieldsOf(interaction: Envelope, status: number, startedAt: number): Record<string, unknown> {
    return {
      interactionId: interaction.id,
      command: interaction.data?.name ?? interaction.data?.custom_id,
      type: interaction.type,
      status,
      ms: now() - startedAt,
    };
  }

  function listen(port: number, host?: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve(server.address() as AddressInfo);
      });
    });
  }

  async function close(graceMs: number): Promise<void> {
    closing = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = Promise.all([closed, Promise.allSettled(pendingFollowUps)]);
    const grace = delay(graceMs);
    await Promise.race([drained, grace.promise]);
    grace.cancel();
    server.closeAllConnections();
    await closed;
  }

  return { server, listen, close };
}

/** Reads the whole body, or returns undefined (and stops reading) once it passes maxBytes. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanup();
        req.pause();
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = (): void => {
      cleanup();
      reject(new Error('client closed the connection before sending the whole body'));
    };
    const cleanup = (): void => {
      req.off('data', onData).off('end', onEnd).off('error', onClose).off('close', onClose);
    };
    req.on('data', onData).on('end', onEnd).on('error', onClose).on('close', onClose);
  });
}

function parseEnvelope(body: Buffer): Envelope | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const isEnvelope =
    typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Envelope).type === 'number';
  return isEnvelope ? (value as Envelope) : undefined;
}

function deferralFor(type: number): InteractionReply {
  if (type === InteractionType.Autocomplete) {
    // Autocomplete cannot be deferred; an empty list beats Discord showing an error.
    return { type: ResponseType.AutocompleteResult, data: { choices: [] } };
  }
  if (type === InteractionType.MessageComponent) return { type: ResponseType.DeferredUpdateMessage };
  return { type: ResponseType.DeferredChannelMessage };
}

function followUpTarget(interaction: Envelope): FollowUpTarget {
  // Not String(): a forged payload's object may have a "toString" that is not a function.
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  return { application_id: text(interaction.application_id), token: text(interaction.token) };
}

async function withDeadline(handled: Promise<InteractionReply>, ms: number): Promise<HandleOutcome> {
  const deadline = delay(ms);
  try {
    return await Promise.race([
      handled.then((reply): HandleOutcome => ({ kind: 'reply', reply })),
      deadline.promise.then((): HandleOutcome => ({ kind: 'late' })),
    ]);
  } finally {
    deadline.cancel();
  }
}

function delay(ms: number): { promise: Promise<void>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** An error as plain fields, with the interaction token scrubbed (REST errors often embed the webhook URL). */
function describeError(err: unknown, interaction?: Envelope): Record<string, string | undefined> {
  const scrub = (text: string | undefined): string | undefined =>
    typeof interaction?.token === 'string' && interaction.token && text
      ? text.replaceAll(interaction.token, '[token]')
      : text;
  if (err instanceof Error) return { type: err.name, message: scrub(err.message), stack: scrub(err.stack) };
  return { message: scrub(String(err)) };
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'invalid interaction body',
    401: 'invalid request signature',
    404: 'not found',
    405: 'method not allowed',
    413: 'request body too large',
  };
  return texts[status] ?? 'error';
}
