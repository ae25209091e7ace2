// `npm start`: checks the configuration, loads the corpus, and runs the transport it calls for —
// the gateway (DISCORD_TOKEN), the HTTP endpoint (DISCORD_PUBLIC_KEY), or the offline console.
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.ts';
import { createBotCore, type BotCore } from './bot/core.ts';
import { CONFIG_VARIABLES, ConfigError, readConfig, type Config } from './config.ts';
import { CorpusError } from './engine/corpus/manifest.ts';
import { openEngine, openEngineIfChanged, type OpenedEngine } from './engine/snapshot.ts';
import { watchCorpus } from './corpus-watch.ts';
import { createLogger, type Logger } from './logger.ts';
import { defaultSeedsDir } from './paths.ts';
import { runConsole } from './transport/console.ts';
import { fileURLToPath } from 'node:url';

const SHUTDOWN_GRACE_MS = 5_000;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing answers in flight');
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

/** What to log about the saved index when it was not used or could not be saved. */
function snapshotNotes({ rejected, unsaved }: OpenedEngine) {
  return { ...(rejected ? { snapshotRejected: rejected } : {}), ...(unsaved ? { snapshotUnsaved: unsaved } : {}) };
}

/** Reloads the corpus when the seeds change; a corpus that fails to load keeps the old one. */
function watchSeeds(seedsDir: string, core: BotCore, logger: Logger): void {
  watchCorpus(seedsDir, {
    // An event that leaves the corpus as it was (a rolled-back ingest) costs a hash, not an engine.
    load: (dir) => openEngineIfChanged(dir, core.engine().corpus.hash),
    onCorpus: (opened) => {
      if (!opened) return;
      core.replaceEngine(opened.engine);
      logger.info({ index: opened.origin, ...snapshotNotes(opened) }, 'new corpus in service');
    },
    onError: (error) => logger.error({ err: error }, 'the changed corpus cannot be loaded; still answering from the previous one'),
  });
}

/** Serving first: the first-question work is done right after, before anyone is likely to ask. */
function warmUpSoon(core: BotCore): void {
  setImmediate(() => core.engine().warmUp());
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  // An empty line of .env (SHARD_COUNT=) means unset — also to discord.js, which reads some itself.
  for (const [name, value] of Object.entries(process.env)) if (value?.trim() === '' && CONFIG_VARIABLES.includes(name)) delete process.env[name];
  let config: Config;
  try {
    config = readConfig(process.env, { interactive: Boolean(process.stdin.isTTY), consoleRequested: process.argv.includes('--console') });
  } catch (error) {
    if (error instanceof ConfigError) fail(`Configuration error: ${error.message}`, 2);
    throw error;
  }
  // The console's reader is a person: keep the log to what needs them unless asked for more.
  const level = config.mode === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.logLevel;
  const logger = createLogger({ level, pretty: Boolean(process.stderr.isTTY) });
  const seedsDir = config.seedsDir ?? defaultSeedsDir;
  logger.info({ mode: config.mode, seedsDir, ...(config.shardCount ? { shards: config.shardCount } : {}) }, `starting in ${config.mode} mode`);
  // A sharded gateway: this process only manages the shards, each of which loads the corpus.
  // (discord.js sets SHARDING_MANAGER in the shards it spawns: they run as plain gateway bots.)
  // Transports are loaded only when used: discord.js alone takes longer to load than the console needs to start.
  if (config.mode === 'gateway' && config.shardCount !== undefined && process.env.SHARDING_MANAGER !== 'true') {
    const { startShards } = await import('./transport/shards.ts');
    const shards = startShards({ entry: fileURLToPath(import.meta.url), token: config.token!, shardCount: config.shardCount, logger });
    onShutdown(logger, () => shards.stop());
    return;
  }
  // The HTTP endpoint listens first, answering /healthz with 503 until the corpus is loaded.
  let core: BotCore | undefined;
  const http = config.mode === 'http' ? await (await import('./transport/http/start.ts')).startHttp({ config, core: () => core, logger }) : undefined;
  try {
    const opened = openEngine(seedsDir);
    core = createBotCore(opened.engine, logger, { rateLimited: config.mode !== 'console' });
    const { corpus } = opened.engine;
    logger.info({ sources: corpus.sources.length, paragraphs: corpus.paragraphs.length, hash: corpus.hash, index: opened.origin, ...snapshotNotes(opened) }, 'corpus loaded');
  } catch (error) {
    if (error instanceof CorpusError) fail(`The corpus cannot be loaded: ${error.message}`, 3);
    throw error;
  }
  if (config.mode !== 'console') watchSeeds(seedsDir, core, logger);

  if (config.mode === 'console') {
    await runConsole({ dispatch: core.dispatch, commands, input: process.stdin, output: process.stdout, prompt: Boolean(process.stdin.isTTY) });
    return;
  }
  if (config.mode === 'gateway') {
    const { startGateway } = await import('./transport/gateway.ts');
    const gateway = await startGateway({ token: config.token!, apiBase: config.apiBase, dispatch: core.dispatch, logger });
    warmUpSoon(core);
    onShutdown(logger, () => gateway.stop(SHUTDOWN_GRACE_MS));
    return;
  }
  warmUpSoon(core);
  onShutdown(logger, () => http!.close(SHUTDOWN_GRACE_MS));
}

main().catch((error: unknown) => fail(`Unexpected error at start: ${(error as Error)?.message ?? String(error)}`, 1));
