// The bot's heart, shared by every transport: the current engine (swapped whole on reload) and
// the dispatcher that answers with it.
import { commands } from '../../commands/index.ts';
import { createEngine, type Engine } from '../engine/engine.ts';
import type { Corpus } from '../engine/types.ts';
import type { Logger } from '../logger.ts';
import { createDispatcher, type Dispatch } from './dispatcher.ts';
import { createRateLimiter } from './rate-limit.ts';

export const RATE_LIMIT = { lookups: 5, windowMs: 10_000 };

export interface BotCore {
  dispatch: Dispatch;
  engine(): Engine;
  /** Builds an engine for a new corpus and swaps it in; questions already answering keep theirs. */
  replaceCorpus(corpus: Corpus): void;
  /** When the current engine was built (for health checks). */
  builtAt(): Date;
}

/** `rateLimited`: per-user limits, for servers; the offline console has one user and none. */
export function createBotCore(corpus: Corpus, logger: Logger, { rateLimited = true } = {}): BotCore {
  let engine = createEngine(corpus);
  let builtAt = new Date();
  const dispatch = createDispatcher({
    commands,
    engine: () => engine,
    logger,
    ...(rateLimited ? { rateLimiter: createRateLimiter(RATE_LIMIT.lookups, RATE_LIMIT.windowMs) } : {}),
  });
  return {
    dispatch,
    engine: () => engine,
    builtAt: () => builtAt,
    replaceCorpus(next) {
      engine = createEngine(next);
      builtAt = new Date();
      logger.info({ sources: next.sources.length, paragraphs: next.paragraphs.length, hash: next.hash }, 'corpus reloaded');
    },
  };
}
