// The plan: a realistic mix of requests, and what must come back for each.
import { autocomplete, buttonClick, chatInputCommand, option } from '../../test/support/discord-standin.ts';
import { snowflake } from '../../test/support/discord-standin/ids.ts';
import { BURST } from './options.ts';
import { askSeed, buttonFrom, limitedReply } from './seeds.ts';
import { chance, corpus, engine, expected, interaction, pick, questions, random, type Payload } from './world.ts';

export type Kind = 'ask' | 'risks' | 'reactions' | 'cite' | 'compare' | 'sources' | 'autocomplete' | 'more' | 'post' | 'ping' | 'burst' | 'bad-signature';

export interface Planned {
  kind: Kind;
  body: string;
  /** Extra headers (or replacements) for a badly signed request; signed normally otherwise. */
  badSignature?: 'wrong key' | 'tampered body' | 'no headers' | 'stale timestamp' | 'malformed signature';
  status: number;
  responseType?: number;
  /** The exact body expected (null: only status and type are checked). */
  body_expected: unknown;
  /** For the rate-limit burst: the reply a limited lookup gets instead. */
  limited?: unknown;
}

export function plan(count: number): Planned[] {
  const planned: Planned[] = [];
  const add = (kind: Kind, payload: Payload, responseType: number) => planned.push({ kind, body: JSON.stringify(payload), status: 200, responseType, body_expected: expected(payload) });
  const topics = engine.topics().map((t) => t.label);
  const actors = engine.actors().map((a) => a.id);
  const burstAt = Math.floor(count / 3);
  while (planned.length < count) {
    if (planned.length === burstAt && count - planned.length >= BURST) {
      // One user firing lookups faster than the rate limit lets through.
      const user = snowflake();
      for (let i = 0; i < BURST; i++) {
        const payload = interaction(askSeed(pick(questions)), user);
        planned.push({ kind: 'burst', body: JSON.stringify(payload), status: 200, responseType: 4, body_expected: expected(payload), limited: limitedReply });
      }
      continue;
    }
    const user = snowflake();
    const roll = random();
    if (roll < 0.42) add('ask', interaction(askSeed(pick(questions), { hide: chance(0.2) }), user), 4);
    else if (roll < 0.5) add('risks', interaction(chatInputCommand('risks', chance(0.6) ? [option.string('topic', pick(topics))] : []), user), 4);
    else if (roll < 0.54) add('reactions', interaction(chatInputCommand('reactions', chance(0.8) ? [option.string('actor', pick(actors))] : []), user), 4);
    else if (roll < 0.57) {
      const source = pick(corpus.sources);
      const count = corpus.paragraphs.filter((p) => p.sourceId === source.id).length;
      add('cite', interaction(chatInputCommand('cite', [option.string('source', source.id), option.integer('paragraph', 1 + Math.floor(random() * count))]), user), 4);
    } else if (roll < 0.59) add('compare', interaction(chatInputCommand('compare', [option.string('topic', pick(topics))]), user), 4);
    else if (roll < 0.6) add('sources', interaction(chatInputCommand('sources'), user), 4);
    else if (roll < 0.75) {
      const which = pick(['reactions', 'cite', 'risks'] as const);
      const typed = pick(['', 'c', 'ch', 'in', 'pak', 'the', 'rus', 'mid', 'ter', 'x']);
      const seed =
        which === 'reactions'
          ? autocomplete('reactions', [option.string('actor', typed, { focused: true })])
          : which === 'cite'
            ? autocomplete('cite', [option.string('source', typed, { focused: true })])
            : autocomplete('risks', [option.string('topic', typed, { focused: true })]);
      add('autocomplete', interaction(seed, user), 8);
    } else if (roll < 0.85) {
      const button = buttonFrom('More', false);
      if (button) add('more', interaction(buttonClick(button.customId, button.message), user), 7);
    } else if (roll < 0.9) {
      const button = buttonFrom('Post publicly', true);
      if (button) add('post', interaction(buttonClick(button.customId, button.message), button.owner), 4);
    } else if (roll < 0.95) {
      planned.push({ kind: 'ping', body: JSON.stringify({ ...interaction(chatInputCommand('ask'), user), type: 1, data: undefined }), status: 200, responseType: 1, body_expected: { type: 1 } });
    } else {
      const badSignature = pick(['wrong key', 'tampered body', 'no headers', 'stale timestamp', 'malformed signature'] as const);
      planned.push({ kind: 'bad-signature', badSignature, body: JSON.stringify(interaction(askSeed(pick(questions)), user)), status: 401, body_expected: { error: 'invalid request signature' } });
    }
  }
  return planned.slice(0, count);
}
