// /compare topic: what each outlet says on a topic, one excerpt per source, side by side.
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { filterChoices } from '../src/bot/autocomplete.ts';
import { HIDE_OPTION, lookupFlags, MENTION_OPTION, questionText, stringOption } from '../src/bot/options.ts';
import type { SlashCommand } from '../src/bot/types.ts';
import { escapeUserText } from '../src/bot/discord-payload.ts';
import { asProse, citationLine } from '../src/render/citation.ts';
import { QUOTED_NOT_GENERATED } from '../src/render/answer-view.ts';

export const compare: SlashCommand = {
  kind: 'slash',
  definition: {
    name: 'compare',
    type: ApplicationCommandType.ChatInput,
    description: 'What each source says on a topic, one quoted excerpt per source',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'topic', description: 'A topic or a question', required: true, autocomplete: true, max_length: 100 },
      HIDE_OPTION,
      MENTION_OPTION,
    ],
  },
  run(invocation, { engine }) {
    const topic = questionText(stringOption(invocation, 'topic'), 'topic');
    const { hidden, mentionUserId } = lookupFlags(invocation);
    const answer = engine.ask(topic, { perSource: true, limit: engine.corpus.sources.length });
    const fields = answer.results.map((result) => ({
      name: citationLine(result.source, result.paragraph),
      value: `> ${escapeUserText(asProse(result.excerpt))}`,
    }));
    const silent = engine.corpus.sources.filter((source) => !answer.results.some((r) => r.file === source.file));
    const description =
      answer.results.length === 0
        ? 'No article in this coverage speaks to that topic, so there is nothing to compare.'
        : silent.length > 0
          ? `Not covered by: ${escapeUserText(silent.map((s) => (s.outlet || `“${s.title}”`)).join('; '))}`
          : 'Every source speaks to it.';
    return {
      kind: 'message',
      view: {
        embeds: [{ title: `Compare: “${escapeUserText(topic)}”`, description, fields, footer: QUOTED_NOT_GENERATED }],
        ephemeral: hidden,
        ...(mentionUserId ? { mentionUserId } : {}),
      },
    };
  },
  autocomplete(invocation, { engine }) {
    const typed = String(invocation.options[invocation.focused] ?? '');
    return filterChoices(engine.topics().map((t) => ({ name: t.label, value: t.label })), typed);
  },
};
