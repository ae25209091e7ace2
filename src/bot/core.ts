// The bot's heart, shared by every transport: the current engine (swapped whole on reload) and
// the dispatcher that answers with it.
import { commands } from '../../commands/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import { createDispatcher, type Dispatch } from './dispatcher.ts';
import { createRateLimiter } from './rate-limit.ts';

export const RATE_LIMIT = { lookups: 5, windowMs: 10_000 };

export interface BotCore {
  dispatch: Dispatch;
  engine(): Engine;
  /** Swaps in an engine over a new corpus; a question already being answered keeps its engine. */
  replaceEngine(next: Engine): void;
  /** When the current engine was built (for health checks). */
  builtAt(): Date;
}

/** `rateLimited`: per-user limits, for servers; the offline console has one user and none. */
export function createBotCore(initial: Engine, logger: Logger, { rateLimited = true } = {}): BotCore {
  let engine = initial;
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
    replaceEngine(next) {
      engine = next;
      builtAt = new Date();
      const { corpus } = next;
      logger.info({ sources: corpus.sources.length, paragraphs: corpus.paragraphs.length, hash: corpus.hash }, 'corpus reloaded');
    },
  };
}
