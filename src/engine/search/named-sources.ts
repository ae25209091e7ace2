// A question may name the article it asks about ("per the op-ed", "the persona piece", "the Middle
// East Outlook analysis", "the July 4 analysis"), or describe it by its headline ("the migration
// piece": piece-descriptions.ts): its answers then come from that article. The naming words are
// taken out of the question, as no paragraph contains them and they would count as asked-for and
// missing.
import type { Source, SourceKind } from '../types.ts';
import { analyzeWords, isStopword } from '../text/analyzer.ts';
import { normalizeTypography } from '../text/normalize.ts';
import { addTo, PieceDescriptions, type DescribedWord } from './piece-descriptions.ts';

/** What people call each kind of piece; "the analysis" names every analysis. */
const KIND_NAMES: Record<SourceKind, string[]> = {
  report: ['news report', 'news piece', 'news article', 'news story', 'news item'],
  analysis: ['the analysis', 'the analyses', 'analysis piece', 'analytical piece'],
  opinion: ['opinion piece', 'opinion article', 'opinion column', 'op-ed', 'op ed', 'oped', 'editorial'],
  persona: ['persona piece', 'persona-style', 'persona', 'agent persona', 'ai agent', 'ai persona', 'ai-written', 'ai written', 'ai-generated', 'ai generated', 'chatbot', 'chat bot'],
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A date names a piece only beside a word for one ("the July 4 analysis", "published on 18 July"). */
const PIECE = '(?:analysis|piece|article|report|op-?ed|story|column|write-?up|one)';
const PUBLISHED = '(?:published|republished|dated|written|posted)(?:\\s+on)?';

export interface NamedSources {
  /** The ids of the sources the question names (empty: it names none). */
  sourceIds: string[];
  /** The question without the words that name them. */
  rest: string;
}

/** How speech-to-text writes a letter or a digit said aloud ("RU-01" dictated is "are you oh one"). */
const SPOKEN: Record<string, string[]> = {
  a: ['a', 'ay'], b: ['b', 'bee'], c: ['c', 'see', 'sea'], d: ['d', 'dee'], e: ['e'], f: ['f', 'ef'], g: ['g', 'gee'],
  h: ['h', 'aitch'], i: ['i', 'eye'], j: ['j', 'jay'], k: ['k', 'kay'], l: ['l', 'el'], m: ['m', 'em'], n: ['n', 'en'],
  o: ['o', 'oh'], p: ['p', 'pee'], q: ['q', 'queue', 'cue'], r: ['r', 'are', 'ar'], s: ['s', 'es'], t: ['t', 'tee', 'tea'],
  u: ['u', 'you'], v: ['v', 'vee'], w: ['w', 'double you'], x: ['x', 'ex'], y: ['y', 'why'], z: ['z', 'zee', 'zed'],
  0: ['0', 'zero', 'oh', 'o'], 1: ['1', 'one'], 2: ['2', 'two'], 3: ['3', 'three'], 4: ['4', 'four', 'for'],
  5: ['5', 'five'], 6: ['6', 'six'], 7: ['7', 'seven'], 8: ['8', 'eight'], 9: ['9', 'nine'],
};

/**
 * A code name ("RU-01": letters, then digits) as it may be dictated, each character said aloud:
 * "are you oh one", "r u zero one". Other names, and codes longer than 6 characters, as they are.
 */
function spokenForms(name: string): string[] {
  const code = /^([A-Za-z]{1,3})[- ]?(\d{1,3})$/.exec(name.trim());
  if (!code) return [];
  const said = (chars: string) => [...chars.toLowerCase()].reduce((forms, char) => forms.flatMap((form) => SPOKEN[char]!.map((spoken) => `${form} ${spoken}`)), ['']);
  return said(code[1]!).flatMap((letters) => [code[2]!, ...said(code[2]!)].map((digits) => `${letters} ${digits}`.trim()));
}

/**
 * A person's or outlet's name as written in the manifest, and its last word for a person: "Dr Syed
 * Mohammad Raghib (Research Officer, …)" → the name and "Raghib"; "RU-01, Russia Agent" → "RU-01",
 * also as dictated. ("Russia Agent" is not read as a name: taken out, its words no longer led the
 * learned parts to the persona's list of reasons, and two questions asking for it lost it.)
 */
function namesOf(source: Source): string[] {
  const names: string[] = [];
  const outlet = source.outlet.replace(/^the\s+/i, '').trim();
  if (outlet) names.push(outlet);
  const person = source.author.split(/[(,]/)[0]!.replace(/^(?:dr|prof)\.?\s+/i, '').trim();
  if (person) names.push(person, ...spokenForms(person));
  const words = person.split(/\s+/);
  if (words.length >= 2 && words.at(-1)!.length >= 4) names.push(words.at(-1)!);
  return names;
}

/** The words of a text, lower-cased, with their places. */
interface Word extends DescribedWord {
  /** Joined by a hyphen to the word before it ("less" in "persona-less"). */
  joinedToPrevious: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index!;
    const previous = words.at(-1);
    const joinedToPrevious = previous !== undefined && previous.end === start - 1 && text[start - 1] === '-';
    const between = previous ? text.slice(previous.end, start) : '';
    words.push({ text: match[0].toLowerCase(), start, end: start + match[0].length, joinedToPrevious, breakBefore: /[^\s'’‘-]/u.test(between) });
  }
  return words;
}

/** The text without the given spans (each left as a space). */
function cutOut(text: string, spans: Array<[number, number]>): string {
  let rest = text;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  return rest;
}

/** A run of words as a look-up key: lower-cased, one space apart ("XY-09" and "xy 09" alike). */
const keyOfWords = (words: Word[]) => words.map((word) => word.text).join(' ');

const MONTH_WORD = `(?:${MONTHS.join('|')}|${MONTHS.map((month) => month.slice(0, 3)).join('|')}|sept)\\.?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** "July 4", "Jul. 4th", "4 July", "4th of July". */
const DAY_OF_MONTH = `(?:${MONTH_WORD}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH_WORD})`;
/** A date beside a word for a piece, or after "published" (not inside a longer word). */
const NAMED_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}]-?)(?:${DAY_OF_MONTH}(?:,?\\s+\\d{4})?\\s+${PIECE}|${PUBLISHED}\\s+${DAY_OF_MONTH})(?!-?[\\p{L}\\p{N}])`,
  'giu',
);
const MONTH_THEN_DAY = /([a-z]+)\.?\s+(\d{1,2})/i;
const DAY_THEN_MONTH = /(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)/i;
const LEADING_PUBLISHED = new RegExp(`^${PUBLISHED}\\s+`, 'i');

/** The day a named date stands for, as "7-4" (month-day): the key a manifest's "2025-07-04" has too. */
function dayKeyOfText(text: string): string | null {
  const date = text.replace(LEADING_PUBLISHED, '');
  const monthFirst = MONTH_THEN_DAY.exec(date);
  const dayFirst = DAY_THEN_MONTH.exec(date);
  const [month, day] = monthFirst && (!dayFirst || monthFirst.index < dayFirst.index) ? [monthFirst[1]!, monthFirst[2]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!] : ['', ''];
  const monthNumber = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) + 1;
  return monthNumber > 0 && month.length >= 3 ? `${monthNumber}-${Number(day)}` : null;
}

function dayKeyOfDate(isoDate: string): string | null {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${Number(match[1])}-${Number(match[2])}` : null;
}

// Names are looked up word by word in tables, not tried one pattern each: a corpus of thousands
// of sources would otherwise run (and first compile) thousands of patterns for every question.
export class SourceNames {
  private readonly byName = new Map<string, Set<string>>();
  private readonly byDay = new Map<string, Set<string>>();
  private readonly longestName: number;
  private readonly descriptions: PieceDescriptions;

  constructor(sources: Source[]) {
    this.descriptions = new PieceDescriptions(sources);
    for (const source of sources) {
      for (const name of [...namesOf(source), ...KIND_NAMES[source.kind]]) {
        const key = keyOfWords(wordsOf(name));
        if (key !== '') addTo(this.byName, key, source.id);
      }
      const day = dayKeyOfDate(source.date);
      if (day) addTo(this.byDay, day, source.id);
    }
    this.longestName = Math.max(0, ...[...this.byName.keys()].map((key) => key.split(' ').length));
  }

  read(question: string): NamedSources {
    const matched: Array<ReadonlySet<string>> = [];
    // Dates first: they take their piece word along ("the July 4 analysis").
    const rest = normalizeTypography(question).replace(NAMED_DATE, (text) => {
      const ids = this.byDay.get(dayKeyOfText(text) ?? '');
      if (!ids) return text;
      matched.push(ids);
      return ' ';
    });
    const words = wordsOf(rest);
    const cuts: Array<[number, number]> = [];
    const described: Array<[number, number]> = [];
    const descriptions = this.descriptions.describedIn(words);
    for (let i = 0; i < words.length; ) {
      const description = descriptions.find((d) => d.from === i);
      if (description) {
        matched.push(description.ids);
        described.push([words[description.from]!.start, words[description.to]!.end]);
        i = description.to + 1;
        continue;
      }
      const found = this.nameAt(words, i);
      // A name that runs into a description goes with it: "the opinion piece arguing it was a blunder".
      const runsInto = found && descriptions.find((d) => d.from > i && d.from < i + found.length);
      if (found && runsInto) {
        matched.push(found.ids, runsInto.ids);
        described.push([words[i]!.start, words[runsInto.to]!.end]);
        i = runsInto.to + 1;
        continue;
      }
      if (!found) {
        i++;
        continue;
      }
      matched.push(found.ids);
      cuts.push([words[i]!.start, words[i + found.length - 1]!.end]);
      i += found.length;
    }
    let without = cutOut(rest, [...cuts, ...described]);
    // "what does the migration piece say?": with its description out, nothing is asked; it asks about migration there.
    if (described.length > 0 && analyzeWords(without).every(isStopword)) without = cutOut(rest, cuts);
    // The most specific name wins: "the analysis published on 4 July" is that one analysis.
    const specific = matched.filter((ids) => !matched.some((other) => other.size < ids.size && [...other].every((id) => ids.has(id))));
    return { sourceIds: [...new Set(specific.flatMap((ids) => [...ids]))], rest: without };
  }

  /** The longest name that starts at word `i`, unless it is part of a longer hyphenated word ("persona-less"). */
  private nameAt(words: Word[], i: number): { ids: ReadonlySet<string>; length: number } | null {
    if (words[i]!.joinedToPrevious) return null;
    for (let length = Math.min(this.longestName, words.length - i); length >= 1; length--) {
      if (words[i + length]?.joinedToPrevious) continue;
      const ids = this.byName.get(keyOfWords(words.slice(i, i + length)));
      if (ids) return { ids, length };
    }
    return null;
  }
}
