// /sources: the coverage — each source's headline, outlet, author, date, kind and size.
import { ApplicationCommandType } from 'discord-api-types/v10';
import { HIDE_OPTION } from '../src/bot/options.ts';
import type { SlashCommand } from '../src/bot/types.ts';
import { booleanOption } from '../src/bot/options.ts';
import { escapeUserText } from '../src/bot/discord-payload.ts';
import { formatDate, KIND_LABELS } from '../src/render/citation.ts';

export const sources: SlashCommand = {
  kind: 'slash',
  definition: {
    name: 'sources',
    type: ApplicationCommandType.ChatInput,
    description: 'The articles the bot quotes: outlet, author, date, kind',
    options: [HIDE_OPTION],
  },
  run(invocation, { engine }) {
    const fields = engine.corpus.sources.map((source) => {
      const count = engine.corpus.paragraphs.filter((p) => p.sourceId === source.id).length;
      const lines = [
        `**${escapeUserText(source.title)}**`,
        `Outlet: ${escapeUserText(source.outlet || 'not named in the text')} · Author: ${escapeUserText(source.author || 'not named')}`,
        `Date: ${formatDate(source.date)} · Kind: ${KIND_LABELS[source.kind]} · ${count} paragraphs`,
      ];
      if (source.url) lines.push(`<${source.url}>`);
      if (source.notes) lines.push(`*${escapeUserText(source.notes)}*`);
      return { name: `${source.id}`, value: lines.join('\n') };
    });
    return {
      kind: 'message',
      view: {
        embeds: [{ title: `The coverage: ${engine.corpus.sources.length} articles`, description: 'Every answer quotes these, with outlet, date and paragraph.', fields }],
        ephemeral: booleanOption(invocation, 'hide'),
      },
    };
  },
};
