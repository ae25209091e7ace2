// An engine Answer → a message: each excerpt quoted, then its citation; grouped by drivers, risks,
// reactions; "also reported by" for sources that agree; a footer that says nothing is generated.
import type { Answer, Facet, Result } from '../engine/types.ts';
import { escapeUserText, LIMITS } from '../bot/discord-payload.ts';
import type { Embed, MessageView } from '../bot/types.ts';
import { asProse, citationLine, FACET_LABELS } from './citation.ts';

export const QUOTED_NOT_GENERATED = 'Every sentence above is quoted verbatim from the articles, not generated. /sources lists the coverage.';

export interface AnswerViewOptions {
  /** What was asked, as the user wrote it (escaped here). */
  heading: string;
  /** Names the source of a paragraph id, for "also reported by". */
  nameOf: (paragraphId: string) => string;
  /** A first footer line (the lookup's question, for buttons to read back). */
  footer?: string;
}

function groupKey(result: Result, asked: Facet | null): Facet | 'background' {
  if (asked && result.facets.includes(asked)) return asked;
  return result.facets[0] ?? 'background';
}

/** One result as it is read: the quotation, then where it comes from. */
export function resultBlock(result: Result, nameOf: (paragraphId: string) => string): string {
  const lines = [`> ${escapeUserText(asProse(result.excerpt))}`, `— ${escapeUserText(citationLine(result.source, result.paragraph))}`];
  if (result.source.url) lines[1] += ` · <${result.source.url}>`;
  if (result.alsoIn.length > 0) {
    lines.push(`*Also reported by ${escapeUserText(result.alsoIn.map((other) => nameOf(other.id)).join('; '))}*`);
  }
  return lines.join('\n');
}

/** Result blocks under their facet headings, as many whole blocks as fit in an embed description. */
export function groupedDescription(results: Result[], asked: Facet | null, nameOf: (id: string) => string): string {
  const groups = new Map<string, string[]>();
  for (const result of results) {
    const key = groupKey(result, asked);
    groups.set(key, [...(groups.get(key) ?? []), resultBlock(result, nameOf)]);
  }
  let description = '';
  for (const [key, blocks] of groups) {
    for (const [i, block] of blocks.entries()) {
      const piece = `${i === 0 ? `${description ? '\n\n' : ''}**${FACET_LABELS[key as Facet]}**\n` : '\n\n'}${block}`;
      if (description.length + piece.length > LIMITS.embedDescription) return description;
      description += piece;
    }
  }
  return description;
}

export function answerView(answer: Answer, options: AnswerViewOptions): MessageView {
  const embed: Embed = { title: `“${escapeUserText(asProse(options.heading))}”` };
  if (answer.results.length > 0) embed.footer = options.footer ? `${options.footer}\n${QUOTED_NOT_GENERATED}` : QUOTED_NOT_GENERATED;
  embed.description =
    answer.results.length > 0
      ? groupedDescription(answer.results, answer.facet, options.nameOf)
      : 'No article in this coverage answers that, so there is nothing to quote. Try other words, or /sources to see what the articles cover.';
  return { embeds: [embed] };
}
