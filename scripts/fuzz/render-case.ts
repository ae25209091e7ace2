// (c) The renderers: `toInteractionResponse` / `toMessageData`, `answerView`, `fit`, `escapeUserText`, `renderTerminal`.
import { encodeButton } from '../../src/bot/custom-id.ts';
import { escapeUserText, fit, toInteractionResponse, toMessageData } from '../../src/bot/discord-payload.ts';
import type { Reply } from '../../src/bot/types.ts';
import { answerView } from '../../src/render/answer-view.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { runBounded, threw, type Outcome, type Problems } from './bounded.ts';
import { hostile } from './hostile.ts';
import { checkMessageData, checkResponse } from './message-checks.ts';
import { chance, int, pick, snowflake } from './random.ts';
import { engine, questions } from './subject.ts';
import { LONE_SURROGATE, RAW_EVERYONE } from './text-checks.ts';

function randomView() {
  return {
    ...(chance(0.7) ? { content: hostile() } : {}),
    ...(chance(0.8)
      ? {
          embeds: Array.from({ length: pick([0, 1, 1, 2, 3, 10, 11, 15]) }, () => ({
            ...(chance(0.8) ? { title: hostile() } : {}),
            ...(chance(0.3) ? { url: pick(['https://example.com', hostile()]) } : {}),
            ...(chance(0.8) ? { description: hostile() } : {}),
            ...(chance(0.5) ? { fields: Array.from({ length: pick([0, 1, 5, 24, 25, 26, 40]) }, () => ({ name: hostile(), value: hostile() })) } : {}),
            ...(chance(0.5) ? { footer: hostile() } : {}),
          })),
        }
      : {}),
    ...(chance(0.5) ? { buttons: Array.from({ length: int(0, 8) }, () => ({ customId: chance(0.5) ? hostile() : encodeButton('more', { command: 'ask', query: hostile(), facet: null, offset: 3, owner: snowflake(), hidden: false }), label: hostile(), style: pick(['primary', 'secondary'] as const) })) } : {}),
    ...(chance(0.3) ? { ephemeral: chance(0.5) } : {}),
    ...(chance(0.3) ? { mentionUserId: chance(0.6) ? snowflake() : hostile().slice(0, 30) } : {}),
  };
}

export type RenderCase =
  | { target: 'renderers'; kind: 'message' | 'update'; view: ReturnType<typeof randomView> }
  | { target: 'renderers'; kind: 'choices'; choices: Array<{ name: string; value: string | number }> }
  | { target: 'renderers'; kind: 'answer'; question: string; limit: number; heading: string; footer?: string; names: string[] }
  | { target: 'renderers'; kind: 'fit'; text: string; max: number }
  | { target: 'renderers'; kind: 'escape'; text: string };

export function generateRender(): RenderCase {
  switch (int(0, 5)) {
    case 0:
    case 1:
      return { target: 'renderers', kind: chance(0.5) ? 'message' : 'update', view: randomView() };
    case 2:
      return { target: 'renderers', kind: 'choices', choices: Array.from({ length: pick([0, 1, 25, 26, 100]) }, () => ({ name: hostile(), value: chance(0.7) ? hostile() : pick([1, -1, 1e21, 0.5]) })) };
    case 3: {
      const footer = chance(0.5) ? `Question: ${hostile()}` : undefined;
      return {
        target: 'renderers',
        kind: 'answer',
        question: chance(0.7) ? pick(questions) : hostile(),
        limit: int(1, 25),
        heading: hostile(),
        ...(footer ? { footer } : {}),
        names: Array.from({ length: 4 }, () => (chance(0.5) ? '' : hostile())),
      };
    }
    case 4:
      return { target: 'renderers', kind: 'fit', text: hostile(), max: pick([1, 2, 3, 10, 80, 100, 256, 1024, 2000, 4096, int(1, 5000)]) };
    default:
      return { target: 'renderers', kind: 'escape', text: hostile() };
  }
}

export function runRender(input: RenderCase): Outcome {
  const problems: Problems = [];
  const warnings: Problems = [];
  try {
    switch (input.kind) {
      case 'message':
      case 'update': {
        // Any view a command might produce: the payload module must make it fit and ping no one.
        const { view } = input;
        const reply: Reply = { kind: input.kind, view };
        const mention = view.mentionUserId && /^\d{1,20}$/.test(view.mentionUserId) ? view.mentionUserId : undefined;
        const response = runBounded(() => toInteractionResponse(reply), problems);
        checkResponse(response as { type: number; data?: unknown }, problems, warnings, { ...(mention ? { mentions: [mention] } : {}), botText: false, quotes: false });
        const terminal = runBounded(() => renderTerminal(toMessageData(view)), problems);
        if (typeof terminal !== 'string') problems.push('renderTerminal returned no string');
        break;
      }
      case 'choices': {
        const response = runBounded(() => toInteractionResponse({ kind: 'choices', choices: input.choices }), problems);
        checkResponse(response as { type: number; data?: unknown }, problems, warnings, { botText: false, quotes: false });
        break;
      }
      case 'answer': {
        // A real answer under a hostile heading: what /ask shows, escaped and quoted verbatim.
        const answer = engine.ask(input.question, { limit: input.limit });
        let n = 0;
        const nameOf = (id: string) => input.names[n++ % input.names.length] || id;
        const view = runBounded(() => answerView(answer, { heading: input.heading, nameOf, ...(input.footer ? { footer: input.footer } : {}) }), problems);
        const data = toMessageData(view);
        checkMessageData(data, problems, warnings, { botText: true, quotes: true });
        const terminal = runBounded(() => renderTerminal(data), problems);
        if (typeof terminal !== 'string') problems.push('renderTerminal returned no string');
        break;
      }
      case 'fit': {
        const { text, max } = input;
        const out = runBounded(() => fit(text, max), problems);
        if (out.length > max) problems.push(`fit returned ${out.length} characters for a limit of ${max}`);
        if (text.length <= max && out !== text) problems.push('fit changed a text that already fitted');
        if (LONE_SURROGATE.test(out) && !LONE_SURROGATE.test(text)) problems.push('fit cut a surrogate pair in half');
        break;
      }
      case 'escape': {
        const out = runBounded(() => escapeUserText(input.text), problems);
        if (RAW_EVERYONE.test(out)) problems.push('escapeUserText left a raw @everyone/@here');
        if (/<[@#]/.test(out)) problems.push('escapeUserText left mention markup');
        break;
      }
    }
  } catch (error) {
    problems.push(threw(error));
  }
  return { problems, warnings };
}
