import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A real-looking snowflake: discord.js derives `createdTimestamp` from it, so it must encode "now". */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return ((BigInt(at) - DISCORD_EPOCH) << 22n | increment).toString();
}

/** Interaction tokens are opaque; Discord's look like base64 of `interaction:<id>:<secret>`. */
export function interactionToken(interactionId: string): string {
  const secret = randomBytes(48).toString('base64url');
  return Buffer.from(`interaction:${interactionId}:${secret}`).toString('base64url');
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}
