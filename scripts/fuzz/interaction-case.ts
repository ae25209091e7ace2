// (b) The whole interaction path, `handleInteraction(payload, core.dispatch, logger)`: no throw, no error logged.
import { handleInteraction } from '../../src/bot/handle.ts';
import { runBounded, threw, type Outcome, type Problems } from './bounded.ts';
import { randomPayload } from './interaction-payload.ts';
import { checkResponse } from './message-checks.ts';
import { core, errorsLogged, logger } from './subject.ts';

export interface InteractionCase {
  target: 'interactions';
  payload: unknown;
  mentions?: string[];
}

export function generateInteraction(): InteractionCase {
  return { target: 'interactions', ...randomPayload() };
}

export function runInteraction({ payload, mentions }: InteractionCase): Outcome {
  const problems: Problems = [];
  const warnings: Problems = [];
  const logged = errorsLogged.length;
  let handled;
  try {
    handled = runBounded(() => handleInteraction(payload, core.dispatch, logger), problems);
  } catch (error) {
    problems.push(threw(error));
    return { problems, warnings };
  }
  for (const entry of errorsLogged.slice(logged)) problems.push(`logged an error: ${entry}`);
  errorsLogged.length = 0;
  checkResponse(handled.response as { type: number; data?: unknown }, problems, warnings, { ...(mentions ? { mentions } : {}), botText: true, quotes: true });
  return { problems, warnings };
}
