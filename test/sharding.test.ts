// SHARD_COUNT runs discord.js's ShardingManager: each shard is a process of its own that
// identifies with its own shard id, and SIGTERM stops them all.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordStandin, type DiscordStandin } from './support/discord-standin.ts';

const TOKEN = 'MTA0.shard-test.token';
let standin: DiscordStandin;

beforeAll(async () => {
  standin = await startDiscordStandin({ token: TOKEN });
});
afterAll(async () => {
  await standin.close();
});

const identifiedShards = () => standin.gatewayPayloads.filter((payload) => payload.op === 2).map((payload) => (payload.d as { shard?: unknown }).shard);

describe('SHARD_COUNT=2', () => {
  it('starts two shard processes that identify as shard 0 and 1 of 2, and stops them on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: standin.apiBase, SHARD_COUNT: '2', LOG_LEVEL: 'warn', DISCORD_PUBLIC_KEY: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 25_000;
    // discord.js spawns shards about 5.5 s apart, as Discord's identify rate limit asks.
    while (identifiedShards().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(identifiedShards()).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 40_000);
});
