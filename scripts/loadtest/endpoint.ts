// The endpoint under load: `startHttp` in this process, or (--spawn) the real entry point in a child.
import { spawn, type ChildProcess } from 'node:child_process';
import { createBotCore } from '../../src/bot/core.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultSeedsDir, projectRoot } from '../../src/paths.ts';
import { startHttp } from '../../src/transport/http/start.ts';
import { freePort, stopChild } from '../support/processes.ts';
import { SPAWN } from './options.ts';
import { corpus, signer, silent, standin } from './world.ts';

export interface Endpoint {
  url: string;
  where: string;
  stop: () => Promise<void>;
}

async function inProcess(): Promise<Endpoint> {
  const core = createBotCore(createEngine(corpus), silent);
  const server = await startHttp({ config: { publicKey: signer.publicKeyHex, port: 0, apiBase: standin.apiBase }, core: () => core, logger: silent, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${server.port}/interactions`, where: `in-process startHttp on 127.0.0.1:${server.port}`, stop: () => server.close(1000) };
}

async function spawned(): Promise<Endpoint> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DISCORD_PUBLIC_KEY: signer.publicKeyHex, PORT: String(port), DISCORD_API_BASE: standin.apiBase, LOG_LEVEL: 'error', DISCORD_TOKEN: '', SEEDS_DIR: defaultSeedsDir, HOST: '127.0.0.1' };
  delete env.SHARD_COUNT;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}) before it was ready: ${errors.trim().slice(-300)}`);
  return { url: `http://127.0.0.1:${port}/interactions`, where: `spawned node --import tsx src/main.ts on 127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export function startEndpoint(): Promise<Endpoint> {
  return SPAWN ? spawned() : inProcess();
}
