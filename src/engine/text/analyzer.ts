// Text → index terms, the same way for the articles and for the questions:
// typography folded, acronyms kept apart from ordinary words ("US" vs "us"), names of actors
// and multi-word phrases joined into one term, British spelling folded, then stemmed.
import { stemmer } from 'stemmer';
import { foldCase, normalizeTypography } from './normalize.ts';
import { americanSpelling } from './spelling.ts';
import { isKnownWord } from './everyday.ts';
import { ACTORS, CONCEPTS, SHORTHAND, STOPWORDS } from './lexicon.ts';

/** Acronyms that collide with ordinary words once lower-cased; recognised before folding. */
// Maps, not object literals: a word like "constructor" must not find Object's own properties.
// A lone capital W is chat's win ("a big W for Kabul"); in lower case, w is "with".
const CASE_SENSITIVE = new Map([['US', 'usa'], ['W', 'win']]);
/** Dotted acronyms are unambiguous however the text around them is written. */
const DOTTED = new Map(Object.entries({ 'U.S.': 'usa', 'U.S': 'usa', 'U.S.A.': 'usa', 'U.S.A': 'usa', 'U.K.': 'uk', 'U.N.': 'un', 'E.U.': 'eu' }));

/** Plurals the stemmer cuts apart from their singular ("crises" → "crise", "crisis" → "crisi"). */
const IRREGULAR_PLURALS = new Map(Object.entries({ crises: 'crisis', analyses: 'analysis', theses: 'thesis', bases: 'basis' }));
/** Words the stemmer folds into an unrelated word: "important" would be "import", a word of trade. */
const STEM_COLLISIONS = new Map(Object.entries({ important: 'importan', importance: 'importan', importantly: 'importan', unimportant: 'unimportan' }));

/** Stems are cached: a corpus repeats its words, and stemming is the costliest step. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 100_000;

function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stem = STEM_COLLISIONS.get(word) ?? stemmer(americanSpelling(IRREGULAR_PLURALS.get(word) ?? word));
    stems.set(word, stem);
  }
  return stem;
}

/** A letter said three times or more in a row. */
const DRAWN_OUT = /(\p{L})\1{2,}/u;
const DRAWN_OUT_ALL = new RegExp(DRAWN_OUT.source, 'gu');

/** A drawn-out chat word as the word itself: "gooood" → good, "sooo" → so, "lmaooo" → lmao. */
function undrawn(word: string): string {
  if (!DRAWN_OUT.test(word)) return word;
  const doubled = word.replace(DRAWN_OUT_ALL, '$1$1');
  return isKnownWord(doubled) ? doubled : word.replace(DRAWN_OUT_ALL, '$1');
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
/** Chat shorthand written with a slash (letters only), which splits words: "w/o" would leave a lone "o". */
const SLASHED_WORDS = new Map(Object.entries({ 'w/o': 'without', 'b/c': 'because' }));
const SLASHED = new RegExp(`\\b(?:${[...SLASHED_WORDS.keys()].join('|')})\\b`, 'gi');

/**
 * Folded words (joined with " ") → the term they become. An actor's name becomes the actor
 * alone ("new delhi" → india); a concept phrase keeps its words too ("return to power").
 */
const phraseTerms = new Map<string, { term: string; keepWords: boolean }>();
/** First word of a phrase → the lengths of the phrases it starts, longest first. */
const phraseLengths = new Map<string, number[]>();
/** What a word that starts no phrase (nearly every word) gets from `phraseLengths`, shared. */
const NO_LENGTHS: readonly number[] = [];
const NO_WORDS: readonly string[] = [];

function addPhrase(words: string[], term: string, keepWords: boolean): void {
  const key = words.join(' ');
  if (phraseTerms.has(key)) return;
  phraseTerms.set(key, { term, keepWords });
  const lengths = phraseLengths.get(words[0]!) ?? [];
  if (!lengths.includes(words.length)) phraseLengths.set(words[0]!, [...lengths, words.length].sort((a, b) => b - a));
}

for (const actor of ACTORS) {
  for (const name of actor.names) {
    const words = surfaceWords(name);
    addPhrase(words, actor.id, false);
    // The people of a place, counted: "Uzbeks", "Emiratis".
    if (words.length === 1 && !words[0]!.endsWith('s')) addPhrase([`${words[0]}s`], actor.id, false);
  }
}

/** A concept phrase of several words ("rare earth") becomes one term: its words joined by "_". */
for (const concept of CONCEPTS) {
  for (const word of concept.words) {
    const words = surfaceWords(word);
    if (words.length > 1) addPhrase(words, words.map(stemWord).join('_'), true);
  }
}

/** Words as written, case-folded, possessives dropped, chat shorthand spelled out; acronyms kept distinct. */
export function surfaceWords(text: string): string[] {
  const normalized = normalizeTypography(text).replace(SLASHED, (slashed) => SLASHED_WORDS.get(slashed.toLowerCase())!);
  // In a text typed all in capitals ("TELL US WHY") capitals mark no acronym.
  const acronymsMeant = /\p{Ll}/u.test(normalized);
  const words: string[] = [];
  // match, not matchAll: the words alone, without a match object (index, input, groups) for each.
  for (const raw of normalized.match(WORD) ?? NO_WORDS) {
    const special = DOTTED.get(raw) ?? (acronymsMeant ? CASE_SENSITIVE.get(raw) : undefined);
    if (special) {
      words.push(special);
      continue;
    }
    const folded = undrawn(foldCase(raw).replace(/'s$|'$/, ''));
    const spelledOut = SHORTHAND.get(folded);
    if (spelledOut) words.push(...spelledOut.split(' '));
    else words.push(folded);
  }
  return words;
}


export interface AnalyzedWord {
  /** The index term: an actor id, a joined phrase, or a stem. */
  term: string;
  /** The folded words it was made from (for stopword and cue checks on the question side). */
  words: string[];
  /** Set on the single words a phrase term also keeps: they help the index, not a question's plan. */
  inPhrase?: boolean;
}

/** Every term of a text, in order, with the words behind it. Stopwords are kept, marked by `isStopword`. */
export function analyzeWords(text: string): AnalyzedWord[] {
  return analyzeSurfaceWords(surfaceWords(text));
}

/** analyzeWords for a text's `surfaceWords`, for a caller that needs those too. */
export function analyzeSurfaceWords(words: string[]): AnalyzedWord[] {
  const out: AnalyzedWord[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (const n of phraseLengths.get(words[i]!) ?? NO_LENGTHS) {
      if (matched || i + n > words.length) continue;
      const slice = words.slice(i, i + n);
      const phrase = phraseTerms.get(slice.join(' '));
      if (phrase) {
        out.push({ term: phrase.term, words: slice });
        if (phrase.keepWords && n > 1) for (const word of slice) out.push({ term: stemWord(word), words: [word], inPhrase: true });
        matched = n;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const word = words[i] as string;
    out.push({ term: stemWord(word), words: [word] });
    i += 1;
  }
  return out;
}

export function isStopword(word: AnalyzedWord): boolean {
  return word.words.length === 1 && STOPWORDS.has(word.words[0] as string);
}

/** The index terms of a text: what minisearch stores and what a question is matched against. */
export function indexTerms(text: string): string[] {
  return analyzeWords(text)
    .filter((word) => !isStopword(word))
    .map((word) => word.term);
}

/** The single term a word or phrase of the lexicon stands for (its first term, for phrases not joined). */
export function termOf(phrase: string): string | undefined {
  return indexTerms(phrase)[0];
}
