// One cold start per transport: process start → first console answer, /healthz 200, or IDENTIFY.
import { spawn } from 'node:child_process';
import { projectRoot } from '../../src/paths.ts';
import { startDiscordStandin } from '../../test/support/discord-standin.ts';
import { createSigner } from '../../test/support/signed-request.ts';
import { freePort, onLines, stopChild } from '../support/processes.ts';
import { ASK_LINE, COLD_RUN_TIMEOUT_MS, GATEWAY_TOKEN } from './config.ts';
import { botEnv, indexOrigin } from './cold-env.ts';

export interface Runtime {
  name: string;
  args: string[];
  entry: string;
}

export interface ColdRun {
  ms: number | null;
  /** Gateway: process start → the bot's "gateway ready" log line. */
  readyMs?: number | null;
  /** HTTP: process start → the port answered at all (503 while the corpus loads). */
  listeningMs?: number | null;
  /** From the bot's "corpus loaded" log line: "loaded" (a saved index) or "built". */
  index?: string;
  error?: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function coldConsole(runtime: Runtime): Promise<ColdRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [...runtime.args, runtime.entry, '--console'], { cwd: projectRoot, env: botEnv({}), stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin!.write(`${ASK_LINE}\n`);
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
  const result = await new Promise<ColdRun>((resolve) => {
    const timer = setTimeout(() => resolve({ ms: null, error: `no answer within ${COLD_RUN_TIMEOUT_MS / 1000} s: ${err.trim().slice(-200)}` }), COLD_RUN_TIMEOUT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000);
      if (out.includes('quoted verbatim') || out.includes('No article in this coverage')) {
        clearTimeout(timer);
        resolve({ ms: performance.now() - started });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ ms: null, error: `exited (${code}) before answering: ${err.trim().slice(-200)}` });
    });
  });
  child.stdin!.end();
  await stopChild(child, 'SIGTERM', 5000);
  return result;
}

export async function coldHttp(runtime: Runtime): Promise<ColdRun> {
  const port = await freePort();
  const publicKey = createSigner().publicKeyHex;
  const started = performance.now();
  const child = spawn(process.execPath, [...runtime.args, runtime.entry], {
    cwd: projectRoot,
    env: botEnv({ DISCORD_PUBLIC_KEY: publicKey, PORT: String(port), LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-20_000)));
  let listeningMs: number | null = null;
  let result: ColdRun = { ms: null, error: `no 200 from /healthz within ${COLD_RUN_TIMEOUT_MS / 1000} s` };
  while (performance.now() - started < COLD_RUN_TIMEOUT_MS && child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      listeningMs ??= performance.now() - started;
      if (response.status === 200) {
        result = { ms: performance.now() - started, listeningMs };
        await sleep(50); // let the log line of the loaded corpus arrive
        const index = indexOrigin(err);
        if (index) result.index = index;
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  if (result.ms === null && child.exitCode !== null) result = { ms: null, error: `exited (${child.exitCode}): ${err.trim().slice(-200)}` };
  await stopChild(child);
  return result;
}

export async function coldGateway(runtime: Runtime): Promise<ColdRun> {
  const standin = await startDiscordStandin({ token: GATEWAY_TOKEN });
  const started = performance.now();
  const child = spawn(process.execPath, [...runtime.args, runtime.entry], {
    cwd: projectRoot,
    env: botEnv({ DISCORD_TOKEN: GATEWAY_TOKEN, DISCORD_API_BASE: standin.apiBase, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-20_000)));
  const ready = new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), COLD_RUN_TIMEOUT_MS);
    onLines(child.stderr!, (line) => {
      try {
        if ((JSON.parse(line) as { msg?: string }).msg === 'gateway ready') {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      } catch {
        // not a log line
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
  const identified = standin.waitForIdentify({ timeoutMs: COLD_RUN_TIMEOUT_MS }).then(
    () => performance.now() - started,
    () => null,
  );
  const [identifyMs, readyMs] = await Promise.all([identified, ready]);
  await stopChild(child);
  await standin.close();
  const index = indexOrigin(err);
  if (identifyMs === null) return { ms: null, readyMs, error: `no IDENTIFY within ${COLD_RUN_TIMEOUT_MS / 1000} s: ${err.trim().split('\n').slice(-2).join(' ').slice(-300)}` };
  return { ms: identifyMs, readyMs, ...(index ? { index } : {}) };
}
