// Misspelt names and subject words in a question ("talibn", "kremlim", "afganistan") put right
// before it is analysed. Only words that are neither English nor the lexicon's own are touched,
// and only towards the lexicon's words: "Iraq" stays Iraq (an English name), "molokhov" is far
// from every name. The index's near-spelling look-up covers the articles' other words.
import { termOf } from './analyzer.ts';
import { isKnownWord } from './everyday.ts';
import { ACTORS, CONCEPTS, SHORTHAND, STOPWORDS, SUBJECT_WORDS } from './lexicon.ts';
import { foldCase, normalizeTypography } from './normalize.ts';

const MIN_LENGTH = 4;
/** Edits allowed: one in a short word, two from this length on. */
const TWO_EDITS_FROM = 7;

const singleWords = (phrases: string[]) => phrases.flatMap((phrase) => phrase.split(/\s+/));
const TARGETS = [
  ...new Set([...singleWords(ACTORS.flatMap((actor) => actor.names)), ...SUBJECT_WORDS, ...singleWords(CONCEPTS.flatMap((concept) => concept.words))]),
].filter((word) => word.length >= MIN_LENGTH && /^\p{Ll}+$/u.test(word));
const TARGET_SET = new Set(TARGETS);

/** Targets by length: a word is only compared with those it could be within reach of. */
const byLength = new Map<number, string[]>();
for (const target of TARGETS) {
  const sameLength = byLength.get(target.length);
  if (sameLength) sameLength.push(target);
  else byLength.set(target.length, [target]);
}

// Three rows of the distance table, reused: this runs for every unknown word of every question.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (an adjacent swap is one edit), or `limit + 1` once past it. */
function distance(a: string, b: string, limit: number): number {
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [older, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, older[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [older, previous, current] = [previous, current, older];
  }
  return previous[b.length]!;
}

/** Corrections already worked out (questions repeat their words); bounded, as questions can be anything. */
const corrections = new Map<string, string | undefined>();
const MAX_CACHED_CORRECTIONS = 20_000;

/** The lexicon word a misspelt word stands for, when exactly one is nearest. */
export function correctionOf(word: string): string | undefined {
  if (word.length < MIN_LENGTH || TARGET_SET.has(word) || STOPWORDS.has(word) || SHORTHAND.has(word) || isKnownWord(word)) return undefined;
  if (corrections.has(word)) return corrections.get(word);
  const limit = word.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const target of byLength.get(length) ?? []) {
      // A slip seldom changes both of a word's first two letters: this skips most comparisons.
      if (word[0] !== target[0] && word[1] !== target[1]) continue;
      const d = distance(word, target, limit);
      if (d < bestDistance) [best, bestDistance, tied] = [target, d, false];
      // "womn" is as near "woman" as "women": no tie, they are one term.
      else if (d === bestDistance && d <= limit && termOf(target) !== termOf(best!)) tied = true;
    }
  }
  const correction = best !== undefined && !tied ? best : undefined;
  if (corrections.size >= MAX_CACHED_CORRECTIONS) corrections.clear();
  corrections.set(word, correction);
  return correction;
}

const WORD = /[\p{L}]+/gu;

/** The question with its misspelt names and subject words put right. */
export function correctTypos(question: string): string {
  return normalizeTypography(question).replace(WORD, (word) => correctionOf(foldCase(word)) ?? word);
}
