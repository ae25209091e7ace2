// Gateway sharding with discord.js's own ShardingManager: one child process per shard, each
// running this same entry point as an ordinary gateway bot (discord.js tells it its shard ids).
import { ShardingManager } from 'discord.js';
import type { Logger } from '../logger.ts';

export interface ShardOptions {
  /** The entry script each shard runs (this program's main). */
  entry: string;
  token: string;
  shardCount: number | 'auto';
  logger: Logger;
}

/** Starts spawning the shards (one every few seconds, as Discord's identify limit wants) and returns at once. */
export function startShards({ entry, token, shardCount, logger }: ShardOptions): { stop(): Promise<void> } {
  const manager = new ShardingManager(entry, {
    token,
    totalShards: shardCount,
    // A TypeScript entry (development) needs tsx in each shard; the build runs as plain JavaScript.
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, totalShards: manager.totalShards }, 'shard launched');
    shard.on('death', () => {
      if (manager.respawn) logger.warn({ shard: shard.id }, 'shard process exited; respawning');
    });
  });
  manager.spawn({ timeout: 60_000 }).then(
    () => logger.info({ totalShards: manager.totalShards }, 'all shards ready'),
    (error: unknown) => logger.error({ err: error }, 'shards could not be started'),
  );
  return {
    async stop() {
      manager.respawn = false;
      await Promise.all(manager.shards.map((shard) => new Promise<void>((resolve) => {
        if (!shard.process) return resolve();
        shard.process.once('exit', () => resolve());
        shard.kill();
      })));
    },
  };
}
