// The cold-started bot's surroundings: a private copy of the seeds, a clean environment, its log.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { defaultSeedsDir } from '../../src/paths.ts';

// The bot saves its index next to the seeds (seeds/.index/) and loads it on the next start: cold
// starts run on a copy of the seeds, so they neither read a stale saved index nor write one into
// the repository, and the first run of each transport has no saved index to load.
let seedsCopy: string | null = null;
export function coldSeedsDir(): string {
  if (seedsCopy === null) {
    seedsCopy = mkdtempSync(join(os.tmpdir(), 'bench-seeds-'));
    for (const name of readdirSync(defaultSeedsDir)) if (/\.(?:txt|md|json)$/.test(name)) copyFileSync(join(defaultSeedsDir, name), join(seedsCopy, name));
  }
  return seedsCopy;
}

/** Removes the copy of the seeds, if one was made. */
export function removeColdSeeds(): void {
  if (seedsCopy !== null) rmSync(seedsCopy, { recursive: true, force: true });
}

export function botEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Explicit empty values: dotenv never overrides a variable that is set, so a stray .env cannot switch the mode.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISCORD_TOKEN: '',
    DISCORD_PUBLIC_KEY: '',
    DISCORD_APPLICATION_ID: '',
    DISCORD_GUILD_ID: '',
    DISCORD_API_BASE: '',
    PORT: '',
    LOG_LEVEL: '',
    SEEDS_DIR: coldSeedsDir(),
    // Every server the bench starts listens on the loopback only.
    HOST: '127.0.0.1',
    ...extra,
  };
  // Not even empty: discord.js reads SHARD_COUNT itself, and Number('') = 0 stops the gateway.
  delete env.SHARD_COUNT;
  delete env.SHARDS;
  return env;
}

/** How the bot had its index, from its "corpus loaded" log line: "loaded" (a saved index) or "built". */
export function indexOrigin(log: string): string | undefined {
  for (const line of log.split('\n')) {
    try {
      const record = JSON.parse(line) as { msg?: string; index?: unknown };
      if (record.msg === 'corpus loaded') return typeof record.index === 'string' ? record.index : 'built';
    } catch {
      // not a log line
    }
  }
  return undefined;
}
