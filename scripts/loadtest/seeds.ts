// Interactions built from real answers: an /ask with random options, a button from an answer, the rate-limit reply.
import { RATE_LIMITED } from '../../src/bot/dispatcher.ts';
import { handleInteraction } from '../../src/bot/handle.ts';
import { chatInputCommand, message, option, type OptionSeed } from '../../test/support/discord-standin.ts';
import { snowflake } from '../../test/support/discord-standin/ids.ts';
import { chance, expected, interaction, pick, questions, silent, world } from './world.ts';

/** What a rate-limited lookup gets instead of its answer. */
export const limitedReply = JSON.parse(JSON.stringify(handleInteraction(interaction(chatInputCommand('ask', [option.string('question', 'x')]), snowflake()), () => ({ kind: 'message', view: { content: RATE_LIMITED, ephemeral: true } }), silent).response)) as unknown;

export function askSeed(question: string, { hide = false }: { hide?: boolean } = {}) {
  const options: OptionSeed[] = [option.string('question', question)];
  if (chance(0.2)) options.push(option.string('facet', pick(['drivers', 'risks', 'reactions'])));
  if (hide) options.push(option.boolean('hide', true));
  if (chance(0.1)) options.push(option.user('mention', { ...world.user, id: snowflake() }));
  return chatInputCommand('ask', options);
}

/** A button from a real answer: the answer's message, and the custom_id of the button labelled `label`. */
export function buttonFrom(label: string, hide: boolean): { customId: string; owner: string; message: ReturnType<typeof message> } | null {
  for (let tries = 0; tries < 20; tries++) {
    const owner = snowflake();
    const answer = expected(interaction(askSeed(pick(questions), { hide }), owner)) as { data?: { embeds?: unknown[]; components?: Array<{ components?: Array<{ label?: string; custom_id?: string }> }>; flags?: number } };
    const button = answer.data?.components?.flatMap((row) => row.components ?? []).find((b) => b.label === label);
    if (button?.custom_id) {
      const embeds = (answer.data?.embeds ?? []) as NonNullable<Parameters<typeof message>[1]>['embeds'];
      return { customId: button.custom_id, owner, message: message(world, { embeds: embeds ?? [], flags: answer.data?.flags ?? 0 }) };
    }
  }
  return null;
}
