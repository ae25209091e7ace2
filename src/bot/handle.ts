// One interaction payload → the JSON response to send, for every transport (gateway, HTTP, tests):
// parse, dispatch, fit to Discord. What it was (id, command) is returned for the transport's log.
import type { Logger } from '../logger.ts';
import type { Dispatch } from './dispatcher.ts';
import { hidden } from './dispatcher.ts';
import { toInteractionResponse } from './discord-payload.ts';
import { fromApiInteraction, MalformedInteraction } from './from-api.ts';
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

export function handleInteraction(payload: unknown, dispatch: Dispatch, logger: Logger): Handled {
  let reply: Reply;
  let command = 'unknown';
  let interactionId: unknown = (payload as { id?: unknown } | null)?.id;
  try {
    const invocation = fromApiInteraction(payload);
    interactionId = invocation.id;
    command = describe(invocation);
    reply = dispatch(invocation);
  } catch (error) {
    if (!(error instanceof MalformedInteraction)) throw error;
    logger.warn({ interactionId: String(interactionId).slice(0, 20), reason: error.message }, 'malformed interaction');
    const isAutocomplete = (payload as { type?: unknown } | null)?.type === AUTOCOMPLETE;
    reply = isAutocomplete ? { kind: 'choices', choices: [] } : hidden("I can't do that: the request was not one I understand.");
  }
  return { response: toInteractionResponse(reply), interactionId: String(interactionId).slice(0, 20), command, reply: reply.kind };
}
