// One interaction payload → the JSON response to send, for every transport (gateway, HTTP, tests):
// parse, dispatch, fit to Discord. What it was (id, command) is returned for the transport's log.
import type { Logger } from '../logger.ts';
import type { Dispatch } from './dispatcher.ts';
import { failureReply, hidden } from './dispatcher.ts';
import { toInteractionResponse } from './discord-payload.ts';
import { fromApiInteraction, MalformedInteraction, printable } from './from-api.ts';
import type { Invocation, Reply } from './types.ts';

const AUTOCOMPLETE = 4;

function describe(invocation: Invocation): string {
  return invocation.kind === 'button' ? `button:${invocation.customId.split('|').slice(1, 3).join(':')}` : invocation.name;
}

export interface Handled {
  response: ReturnType<typeof toInteractionResponse>;
  interactionId: string;
  command: string;
  reply: Reply['kind'];
}

/** Never throws: whatever goes wrong, the user gets a hidden reply and the transport runs on. */
export function handleInteraction(payload: unknown, dispatch: Dispatch, logger: Logger): Handled {
  let command = 'unknown';
  const interactionId = printable((payload as { id?: unknown } | null)?.id, 20);
  const isAutocomplete = (payload as { type?: unknown } | null)?.type === AUTOCOMPLETE;
  let reply: Reply;
  try {
    const invocation = fromApiInteraction(payload);
    command = describe(invocation);
    reply = dispatch(invocation);
    return { response: toInteractionResponse(reply), interactionId, command, reply: reply.kind };
  } catch (error) {
    if (error instanceof MalformedInteraction) {
      logger.warn({ interactionId, reason: error.message }, 'malformed interaction');
      reply = isAutocomplete ? { kind: 'choices', choices: [] } : hidden("I can't do that: the request was not one I understand.");
    } else {
      const failed = failureReply(logger, error, { interactionId, command });
      reply = isAutocomplete ? { kind: 'choices', choices: [] } : failed;
    }
    return { response: toInteractionResponse(reply), interactionId, command, reply: reply.kind };
  }
}
