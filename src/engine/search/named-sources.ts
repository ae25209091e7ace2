// A question may name the article it asks about ("per the op-ed", "the persona piece", "the Middle
// East Outlook analysis", "the July 4 analysis"): its answers then come from that article. The
// naming words are taken out of the question, as no paragraph contains them and they would count
// as asked-for and missing.
import type { Source, SourceKind } from '../types.ts';
import { normalizeTypography } from '../text/normalize.ts';

/** What people call each kind of piece; "the analysis" names every analysis. */
const KIND_NAMES: Record<SourceKind, string[]> = {
  report: ['news report', 'news piece', 'news article', 'news story', 'news item'],
  analysis: ['the analysis', 'the analyses', 'analysis piece', 'analytical piece'],
  opinion: ['opinion piece', 'opinion article', 'opinion column', 'op-ed', 'op ed', 'oped', 'editorial'],
  persona: ['persona piece', 'persona-style', 'persona', 'agent persona'],
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A date names a piece only beside a word for one ("the July 4 analysis", "published on 18 July"). */
const PIECE = '(?:analysis|piece|article|report|op-?ed|story|column|one)';
const PUBLISHED = '(?:published|republished|dated|written|posted)(?:\\s+on)?';

export interface NamedSources {
  /** The ids of the sources the question names (empty: it names none). */
  sourceIds: string[];
  /** The question without the words that name them. */
  rest: string;
}

interface SourceName {
  pattern: RegExp;
  sourceIds: ReadonlySet<string>;
}

/** A person's or outlet's name as written in the manifest, and its last word for a person. */
function namesOf(source: Source): string[] {
  const names: string[] = [];
  const outlet = source.outlet.replace(/^the\s+/i, '').trim();
  if (outlet) names.push(outlet);
  // "Dr Syed Mohammad Raghib (Research Officer, …)" → the name, and "Raghib".
  const person = source.author.split(/[(,]/)[0]!.replace(/^(?:dr|prof)\.?\s+/i, '').trim();
  if (person) names.push(person);
  const words = person.split(/\s+/);
  if (words.length >= 2 && words.at(-1)!.length >= 4) names.push(words.at(-1)!);
  return names;
}

/** "July 4", "Jul 4th", "4 July", "the 4th of July", as a regular expression's source. */
function dayPattern(isoDate: string): string | null {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const month = MONTHS[Number(match[1]) - 1]!;
  const day = `${Number(match[2])}(?:st|nd|rd|th)?`;
  const monthName = `(?:${month}|${month.slice(0, 3)}\\.?)`;
  return `(?:${monthName}\\s+${day}|${day}\\s+(?:of\\s+)?${monthName})`;
}

/** Not inside a longer word, hyphenated ones included ("persona-less"). */
const bounded = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}]-?)${body}(?!-?[\\p{L}\\p{N}])`, 'giu');

function phrasePattern(phrase: string): RegExp {
  return bounded(phrase.split(/[\s-]+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+'));
}

export class SourceNames {
  private readonly names: SourceName[];

  constructor(sources: Source[]) {
    const byPhrase = new Map<string, Set<string>>();
    const add = (phrase: string, id: string) => {
      const key = phrase.toLowerCase();
      if (!byPhrase.has(key)) byPhrase.set(key, new Set());
      byPhrase.get(key)!.add(id);
    };
    for (const source of sources) {
      for (const name of namesOf(source)) add(name, source.id);
      for (const name of KIND_NAMES[source.kind]) add(name, source.id);
    }
    const dated = sources.flatMap((source) => {
      const day = dayPattern(source.date);
      if (!day) return [];
      const pattern = bounded(`(?:${day}(?:,?\\s+\\d{4})?\\s+${PIECE}|${PUBLISHED}\\s+${day})`);
      return [{ pattern, sourceIds: new Set([source.id]) }];
    });
    // Dates first (they take their piece word along), then the longest phrase first, so "persona
    // piece" is taken before "persona".
    this.names = [
      ...dated,
      ...[...byPhrase].sort(([a], [b]) => b.length - a.length).map(([phrase, ids]) => ({ pattern: phrasePattern(phrase), sourceIds: ids })),
    ];
  }

  read(question: string): NamedSources {
    let rest = normalizeTypography(question);
    const matched: Array<ReadonlySet<string>> = [];
    for (const { pattern, sourceIds } of this.names) {
      const without = rest.replace(pattern, ' ');
      if (without === rest) continue;
      rest = without;
      matched.push(sourceIds);
    }
    // The most specific name wins: "the analysis published on 4 July" is that one analysis.
    const specific = matched.filter((ids) => !matched.some((other) => other.size < ids.size && [...other].every((id) => ids.has(id))));
    return { sourceIds: [...new Set(specific.flatMap((ids) => [...ids]))], rest };
  }
}
