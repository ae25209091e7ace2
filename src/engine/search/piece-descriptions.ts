// A question may describe the piece it asks about instead of naming it: "the migration piece",
// "the border-crisis report", "the op-ed arguing it was a blunder". A description is a word for
// a piece of writing with, just before it or after a word such as "on" or "arguing", a word that
// only that piece's headline says (or one of its synonyms).
import type { Source } from '../types.ts';
import { termOf } from '../text/analyzer.ts';
import { standingOf } from '../text/everyday.ts';
import { STOPWORDS, SUBJECT_WORDS } from '../text/lexicon.ts';
import { meaningOf } from './query.ts';

/** Words for a piece of writing, as lower-case words one space apart ("op-ed" is "op ed"). */
const PIECE_WORDS = new Set(['piece', 'article', 'report', 'analysis', 'op ed', 'oped', 'story', 'column', 'answer', 'reply', 'write up', 'writeup', 'commentary', 'essay', 'explainer', 'editorial']);
/** What may come between a word for a piece and what tells it ("the op-ed arguing …"). */
const LINKS = new Set(['centred on', 'centered on', 'focused on', 'focusing on', 'saying', 'arguing', 'that says', 'that argues', 'which says', 'which argues', 'claiming', 'warning', 'predicting', 'titled', 'headlined', 'called']);
/**
 * Links after which only a headline's own word tells a piece, not a synonym: "the piece on the
 * strategic embrace" is that piece; "a story about the ambassador" asks about the ambassador,
 * wherever it is told.
 */
const TOPIC_LINKS = new Set(['on', 'about', 'covering']);
/** How many words before a word for a piece, or after its link, may describe it. */
const WORDS_BEFORE = 3;
const WORDS_AFTER = 6;
/** A question word's term; a stopword, which has none, stays itself (and is in no headline's table). */
const termOfWord = (word: string): string => termOf(word) ?? word;
const SUBJECT_MEANINGS = new Set(SUBJECT_WORDS.map((word) => meaningOf(termOfWord(word))));

/** A word of a question, lower-cased, with its place; `breakBefore`: punctuation other than a hyphen or apostrophe precedes it. */
export interface DescribedWord {
  text: string;
  start: number;
  end: number;
  breakBefore: boolean;
}

/** The terms of a headline that tell its piece from the others: not everyday words, not the story's own subject. */
function telling(text: string): string[] {
  const words = (text.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()).filter((word) => standingOf(word) !== 'everyday');
  return words.flatMap((word) => termOf(word) ?? []).filter((term) => !SUBJECT_MEANINGS.has(meaningOf(term)));
}

export function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}

export interface Description {
  ids: ReadonlySet<string>;
  /** The first and last word of the description (indexes into the words given). */
  from: number;
  to: number;
}

interface HeadlineWords {
  byTerm: Map<string, Set<string>>;
  byMeaning: Map<string, Set<string>>;
}

export class PieceDescriptions {
  private headlineWords: HeadlineWords | undefined;

  constructor(private readonly sources: Source[]) {}

  /** Built when a question first has a word for a piece: telling words reads the word list, which a cold start should not wait for. */
  private get headlines(): HeadlineWords {
    if (!this.headlineWords) {
      this.headlineWords = { byTerm: new Map(), byMeaning: new Map() };
      for (const source of this.sources) {
        for (const term of new Set(telling(source.title))) {
          addTo(this.headlineWords.byTerm, term, source.id);
          addTo(this.headlineWords.byMeaning, meaningOf(term), source.id);
        }
      }
    }
    return this.headlineWords;
  }

  /** The descriptions among a question's words, in order. */
  describedIn(words: DescribedWord[]): Description[] {
    const found: Description[] = [];
    for (let i = 0; i < words.length; i++) {
      const piece = phraseLength(PIECE_WORDS, words, i);
      if (piece === 0 || (found.at(-1)?.to ?? -1) >= i) continue;
      const before = this.describedBefore(words, i);
      const after = this.describedAfter(words, i + piece);
      const ids = intersect([before?.ids, after?.ids]);
      if (!ids) continue;
      found.push({ ids, from: before ? before.from : i, to: after ? after.to : i + piece - 1 });
    }
    return found;
  }

  /** The words just before a word for a piece, back to a stopword, if one of them tells a piece. */
  private describedBefore(words: DescribedWord[], piece: number): { ids: ReadonlySet<string>; from: number } | null {
    let from = piece;
    while (from > 0 && piece - from < WORDS_BEFORE && !words[from]!.breakBefore && !STOPWORDS.has(words[from - 1]!.text)) from--;
    const ids = intersect(words.slice(from, piece).map((word) => this.headlines.byMeaning.get(meaningOf(termOfWord(word.text)))));
    return ids ? { ids, from } : null;
  }

  /** After a link ("on", "arguing"), the words up to the last that tells a piece, within the clause. */
  private describedAfter(words: DescribedWord[], next: number): { ids: ReadonlySet<string>; to: number } | null {
    const topicLink = phraseLength(TOPIC_LINKS, words, next);
    const link = topicLink || phraseLength(LINKS, words, next);
    if (link === 0) return null;
    let ids: ReadonlySet<string> | null = null;
    let to = -1;
    for (let i = next + link; i < Math.min(words.length, next + link + WORDS_AFTER) && !words[i]!.breakBefore; i++) {
      const term = termOfWord(words[i]!.text);
      const telling = topicLink ? this.headlines.byTerm.get(term) : this.headlines.byMeaning.get(meaningOf(term));
      const narrowed: ReadonlySet<string> | null = telling ? intersect([ids ?? undefined, telling]) : null;
      if (!narrowed) continue;
      ids = narrowed;
      to = i;
    }
    return ids ? { ids, to } : null;
  }
}

/** How many words at `i` make one of the phrases (0: none). */
function phraseLength(phrases: Set<string>, words: DescribedWord[], i: number): number {
  for (const length of [2, 1]) {
    const run = words.slice(i, i + length);
    if (run.length === length && run.slice(1).every((word) => !word.breakBefore) && phrases.has(run.map((word) => word.text).join(' '))) return length;
  }
  return 0;
}

/** The sources every given set has (the sets not given are ignored); null when none is given or none is shared. */
function intersect(sets: Array<ReadonlySet<string> | undefined>): ReadonlySet<string> | null {
  const given = sets.filter((set): set is ReadonlySet<string> => set !== undefined);
  if (given.length === 0) return null;
  const shared = new Set([...given[0]!].filter((id) => given.every((set) => set.has(id))));
  return shared.size > 0 ? shared : null;
}
