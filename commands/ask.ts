// /ask question [facet] [hide] [mention]: the best cited excerpts for a question.
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { FACETS, type Facet } from '../src/engine/types.ts';
import { lookupReply } from '../src/bot/lookup.ts';
import { HIDE_OPTION, InputError, lookupFlags, MAX_QUESTION_CHARS, MENTION_OPTION, questionText, stringOption } from '../src/bot/options.ts';
import type { SlashCommand } from '../src/bot/types.ts';

export const ask: SlashCommand = {
  kind: 'slash',
  definition: {
    name: 'ask',
    type: ApplicationCommandType.ChatInput,
    description: 'Ask about the coverage; the answer is quoted from the articles, with citations',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'question', description: 'What you want to know', required: true, max_length: MAX_QUESTION_CHARS },
      {
        type: ApplicationCommandOptionType.String,
        name: 'facet',
        description: 'Only why Moscow did it (drivers), what may go wrong (risks), or how others responded (reactions)',
        choices: FACETS.map((facet) => ({ name: facet, value: facet })),
      },
      HIDE_OPTION,
      MENTION_OPTION,
    ],
  },
  run(invocation, { engine }) {
    const query = questionText(stringOption(invocation, 'question'));
    const facet = stringOption(invocation, 'facet');
    if (facet !== undefined && !FACETS.includes(facet as Facet)) throw new InputError(`"facet" must be one of ${FACETS.join(', ')}.`);
    const { hidden, mentionUserId } = lookupFlags(invocation);
    const lookup = { command: 'ask', query, facet: (facet as Facet | undefined) ?? null, offset: 0, owner: invocation.user.id, hidden };
    return lookupReply(lookup, engine, mentionUserId);
  },
};
