// The bot's reference core (computes every expected answer), the Discord stand-in, and the signers.
import { pino } from 'pino';
import { createBotCore } from '../../src/bot/core.ts';
import { handleInteraction } from '../../src/bot/handle.ts';
import { loadCorpus } from '../../src/engine/corpus/load.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultSeedsDir } from '../../src/paths.ts';
import { startDiscordStandin } from '../../test/support/discord-standin.ts';
import { completeInteraction } from '../../test/support/discord-standin/payloads.ts';
import { createSigner } from '../../test/support/signed-request.ts';
import { Prng } from '../support/random.ts';
import { benchmarkQuestions } from '../support/questions.ts';
import { SEED, TOKEN } from './options.ts';

export const { random, pick, chance } = new Prng(SEED);
export const silent = pino({ level: 'silent' });
export const corpus = loadCorpus(defaultSeedsDir);
const reference = createBotCore(createEngine(corpus), silent, { rateLimited: false });
export const engine = reference.engine();
export const questions = benchmarkQuestions();
export const standin = await startDiscordStandin({ token: TOKEN });
export const world = standin.world;
export const signer = createSigner();
export const impostor = createSigner();

export type Payload = Record<string, unknown>;

/** A complete guild interaction, as Discord sends it, from `userId`. */
export function interaction(seed: Parameters<typeof completeInteraction>[1], userId: string): Payload {
  const payload = completeInteraction(world, seed, 'guild') as unknown as Payload;
  const member = payload.member as Payload;
  return { ...payload, member: { ...member, user: { ...(member.user as Payload), id: userId, username: `user${userId.slice(-4)}` } } };
}

/** The reply the bot's shared handler gives, as JSON on the wire. */
export function expected(payload: Payload): unknown {
  return JSON.parse(JSON.stringify(handleInteraction(payload, reference.dispatch, silent).response)) as unknown;
}
