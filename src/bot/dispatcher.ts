// Routes an invocation to its command, and keeps every failure inside: unknown commands, stale or
// forged buttons, bad input and handler errors all become a short hidden reply; the bot runs on.
import { randomBytes } from 'node:crypto';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import { decodeButton } from './custom-id.ts';
import { escapeUserText } from './discord-payload.ts';
import { LOOKUP_COMMANDS, runLookup } from './lookup.ts';
import { InputError } from './options.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Command, Invocation, Reply } from './types.ts';

export interface DispatcherOptions {
  commands: Command[];
  /** The engine to answer with: read on every invocation, so a reloaded corpus takes effect at once. */
  engine: () => Engine;
  logger: Logger;
  rateLimiter?: RateLimiter;
}

export type Dispatch = (invocation: Invocation) => Reply;

export const hidden = (content: string): Reply => ({ kind: 'message', view: { content, ephemeral: true } });

export const RATE_LIMITED = 'Easy there: that is a lot of lookups at once. Try again in a few seconds.';

/** Logs an unexpected error under a fresh reference id, and tells the user that id, hidden. */
export function failureReply(logger: Logger, error: unknown, context: Record<string, unknown>): Reply {
  const reference = randomBytes(4).toString('hex');
  logger.error({ err: error, reference, ...context }, 'interaction failed');
  return hidden(`Something went wrong on my side (reference ${reference}). It has been logged; please try again.`);
}

export function createDispatcher({ commands, engine, logger, rateLimiter }: DispatcherOptions): Dispatch {
  const byName = new Map(commands.map((command) => [command.definition.name, command]));

  function click(invocation: Extract<Invocation, { kind: 'button' }>): Reply {
    const decoded = decodeButton(invocation.customId, invocation.messageFooter);
    if (!decoded || !LOOKUP_COMMANDS.has(decoded.lookup.command)) {
      return hidden('That button no longer works (it may come from an older version of the bot). Run the command again.');
    }
    const { action, lookup } = decoded;
    if (action === 'more') return { kind: 'update', view: runLookup(lookup, engine()) };
    if (invocation.user.id !== lookup.owner) return hidden('Only the person who asked can post this answer publicly.');
    return { kind: 'message', view: runLookup({ ...lookup, hidden: false }, engine()) };
  }

  function route(invocation: Invocation): Reply {
    if (invocation.kind === 'button') return click(invocation);
    const command = byName.get(invocation.name);
    if (invocation.kind === 'autocomplete') {
      return { kind: 'choices', choices: command?.kind === 'slash' && command.autocomplete ? command.autocomplete(invocation, { engine: engine() }) : [] };
    }
    if (!command) return hidden(`I don't know the command "${escapeUserText(invocation.name)}" (it may have been removed). Try /ask.`);
    if (invocation.kind === 'command' && command.kind === 'slash') return command.run(invocation, { engine: engine() });
    if (invocation.kind === 'message-command' && command.kind === 'message') return command.run(invocation, { engine: engine() });
    return hidden(`"${escapeUserText(invocation.name)}" can't be used that way.`);
  }

  return (invocation) => {
    if (invocation.kind !== 'autocomplete' && rateLimiter && !rateLimiter.allow(invocation.user.id)) {
      logger.info({ interactionId: invocation.id, userId: invocation.user.id }, 'rate limited');
      return hidden(RATE_LIMITED);
    }
    try {
      return route(invocation);
    } catch (error) {
      if (error instanceof InputError) return hidden(error.message);
      const failed = failureReply(logger, error, { interactionId: invocation.id, kind: invocation.kind });
      return invocation.kind === 'autocomplete' ? { kind: 'choices', choices: [] } : failed;
    }
  };
}
