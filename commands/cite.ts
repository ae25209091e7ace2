// /cite source paragraph: one paragraph as a ready-to-paste quotation with its full citation.
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { Engine } from '../src/engine/engine.ts';
import type { Source } from '../src/engine/types.ts';
import { ChoiceList } from '../src/bot/autocomplete.ts';
import { escapeUserText, LIMITS } from '../src/bot/discord-payload.ts';
import { HIDE_OPTION, InputError, integerOption, lookupFlags, MENTION_OPTION, stringOption } from '../src/bot/options.ts';
import type { SlashCommand } from '../src/bot/types.ts';
import { asProse, formatDate, KIND_LABELS, sourceName } from '../src/render/citation.ts';

function sourceLabel(source: Source): string {
  return `${source.outlet || 'Outlet not named'}: ${source.title}`;
}

/** What /cite offers, made once per corpus: autocomplete runs on every keystroke. */
interface CiteChoices {
  sources: ChoiceList;
  /** Each source's paragraphs, made when first asked for. */
  paragraphs: Map<string, ChoiceList>;
}
const citeChoicesOf = new WeakMap<Engine['corpus'], CiteChoices>();
function citeChoices(engine: Engine): CiteChoices {
  let choices = citeChoicesOf.get(engine.corpus);
  if (!choices) {
    choices = { sources: new ChoiceList(engine.corpus.sources.map((s) => ({ name: sourceLabel(s), value: s.id }))), paragraphs: new Map() };
    citeChoicesOf.set(engine.corpus, choices);
  }
  return choices;
}

function paragraphChoices(engine: Engine, sourceId: string): ChoiceList {
  const { paragraphs } = citeChoices(engine);
  let list = paragraphs.get(sourceId);
  if (!list) {
    const ofSource = engine.corpus.paragraphs.filter((p) => p.sourceId === sourceId);
    paragraphs.set(sourceId, (list = new ChoiceList(ofSource.map((p) => ({ name: `¶${p.paragraph} ${asProse(p.text)}`, value: p.paragraph })))));
  }
  return list;
}

/** The source a submitted value names: its id, or (as some clients send) its label. */
function findSource(engine: Engine, value: string | undefined): Source {
  const found = engine.corpus.sources.find((s) => s.id === value || sourceLabel(s).slice(0, 100) === value);
  if (!found) throw new InputError('Pick a source from the list (/sources shows them all).');
  return found;
}

export const cite: SlashCommand = {
  kind: 'slash',
  definition: {
    name: 'cite',
    type: ApplicationCommandType.ChatInput,
    description: 'One paragraph as a ready-to-paste quotation with its full citation',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'source', description: 'The article', required: true, autocomplete: true },
      { type: ApplicationCommandOptionType.Integer, name: 'paragraph', description: 'The paragraph number', required: true, autocomplete: true, min_value: 1 },
      HIDE_OPTION,
      MENTION_OPTION,
    ],
  },
  run(invocation, { engine }) {
    const source = findSource(engine, stringOption(invocation, 'source'));
    const number = integerOption(invocation, 'paragraph');
    const paragraphs = engine.corpus.paragraphs.filter((p) => p.sourceId === source.id);
    const paragraph = paragraphs.find((p) => p.paragraph === number);
    if (!paragraph) throw new InputError(`That article has paragraphs 1 to ${paragraphs.length}.`);
    const citation = [
      sourceName(source),
      source.outlet ? `“${source.title}”` : '',
      source.author ? `by ${source.author}` : '',
      formatDate(source.date),
      `paragraph ${paragraph.paragraph}`,
      KIND_LABELS[source.kind],
      source.url,
    ].filter(Boolean);
    const { hidden, mentionUserId } = lookupFlags(invocation);
    return {
      kind: 'message',
      view: {
        embeds: [
          {
            title: `Quotation: ${escapeUserText(sourceName(source))}, ¶${paragraph.paragraph}`,
            description: `> ${escapeUserText(asProse(paragraph.text))}\n— ${escapeUserText(citation.join(', '))}`,
            footer: `Quoted verbatim. Paragraph id ${paragraph.id}`,
          },
        ],
        ephemeral: hidden,
        ...(mentionUserId ? { mentionUserId } : {}),
      },
    };
  },
  autocomplete(invocation, { engine }) {
    const typed = String(invocation.options[invocation.focused] ?? '');
    if (invocation.focused === 'source') return citeChoices(engine).sources.filter(typed);
    const source = engine.source(String(invocation.options.source ?? ''));
    if (!source) return [];
    const list = paragraphChoices(engine, source.id);
    const number = typed.trim();
    return /^\d+$/.test(number) ? list.choices.filter((c) => String(c.value).startsWith(number)).slice(0, LIMITS.choices) : list.filter(typed);
  },
};
