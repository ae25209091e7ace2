// Configuration from the environment, checked once at start: a missing or malformed value is a
// message that names it, never a crash later.
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type Mode = 'gateway' | 'http' | 'console';

export interface Config {
  mode: Mode;
  token?: string;
  applicationId?: string;
  guildId?: string;
  publicKey?: string;
  port: number;
  /** The address the HTTP endpoint listens on. */
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  apiBase: string;
  seedsDir?: string;
  shardCount?: number | 'auto';
}

export class ConfigError extends Error {}

/** Every variable this program reads (see .env.example). */
export const CONFIG_VARIABLES = [
  'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_PUBLIC_KEY', 'PORT', 'HOST',
  'LOG_LEVEL', 'DISCORD_API_BASE', 'SEEDS_DIR', 'SHARD_COUNT',
];

const SNOWFLAKE = /^\d{17,20}$/;
export const DISCORD_API_BASE = 'https://discord.com/api';

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function check(value: string | undefined, name: string, valid: (v: string) => boolean, expected: string): string | undefined {
  if (value !== undefined && !valid(value)) throw new ConfigError(`${name} is malformed: expected ${expected}.`);
  return value;
}

/**
 * Reads the configuration. The mode: a token runs the gateway, a public key the HTTP endpoint
 * (both set: the HTTP endpoint, which needs no long-lived connection), neither the offline
 * console — which needs a person or `--console`, so a misconfigured server fails loudly.
 */
export function readConfig(env: Env, { interactive, consoleRequested }: { interactive: boolean; consoleRequested: boolean }): Config {
  const token = check(read(env, 'DISCORD_TOKEN'), 'DISCORD_TOKEN', (v) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v), 'a bot token (three dot-separated parts)');
  const applicationId = check(read(env, 'DISCORD_APPLICATION_ID'), 'DISCORD_APPLICATION_ID', (v) => SNOWFLAKE.test(v), 'a numeric Discord id');
  const guildId = check(read(env, 'DISCORD_GUILD_ID'), 'DISCORD_GUILD_ID', (v) => SNOWFLAKE.test(v), 'a numeric Discord id');
  const publicKey = check(read(env, 'DISCORD_PUBLIC_KEY'), 'DISCORD_PUBLIC_KEY', (v) => /^[0-9a-fA-F]{64}$/.test(v), 'the application public key: 64 hex characters');
  const port = Number(check(read(env, 'PORT') ?? '8080', 'PORT', (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, 'a port number from 1 to 65535'));
  const logLevel = check(read(env, 'LOG_LEVEL') ?? 'info', 'LOG_LEVEL', (v) => (LOG_LEVELS as readonly string[]).includes(v), LOG_LEVELS.join(', ')) as Config['logLevel'];
  const apiBase = check(read(env, 'DISCORD_API_BASE') ?? DISCORD_API_BASE, 'DISCORD_API_BASE', (v) => /^https?:\/\/[^\s]+$/.test(v), 'an http(s) URL such as https://discord.com/api')!.replace(/\/+$/, '');
  const shards = check(read(env, 'SHARD_COUNT'), 'SHARD_COUNT', (v) => v === 'auto' || (/^\d{1,4}$/.test(v) && Number(v) >= 1), '"auto" or a whole number of shards');
  const seedsDir = read(env, 'SEEDS_DIR');
  const host = check(read(env, 'HOST') ?? '0.0.0.0', 'HOST', (v) => /^[\w.:-]+$/.test(v), 'an address to listen on, such as 0.0.0.0 or 127.0.0.1')!;

  let mode: Mode;
  if (consoleRequested) mode = 'console';
  else if (publicKey) mode = 'http';
  else if (token) mode = 'gateway';
  else if (interactive) mode = 'console';
  else throw new ConfigError('Neither DISCORD_TOKEN (gateway) nor DISCORD_PUBLIC_KEY (HTTP endpoint) is set, and this is not a terminal. Set one of them, or run with --console for the offline console.');

  return {
    mode,
    ...(token ? { token } : {}),
    ...(applicationId ? { applicationId } : {}),
    ...(guildId ? { guildId } : {}),
    ...(publicKey ? { publicKey: publicKey.toLowerCase() } : {}),
    port,
    host,
    logLevel,
    apiBase,
    ...(seedsDir ? { seedsDir } : {}),
    ...(shards ? { shardCount: shards === 'auto' ? 'auto' : Number(shards) } : {}),
  };
}
