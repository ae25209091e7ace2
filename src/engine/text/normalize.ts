// Unicode clean-up shared by the index and the questions, so both see the same characters.

const HYPHENS = /[\u2010\u2011\u2012\u00ad]/g; // hyphen, non-breaking hyphen, figure dash, soft hyphen
const DASHES = /[\u2013\u2014\u2015\u2212]/g; // en dash, em dash, horizontal bar, minus
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g; // zero-width and direction marks
const COMBINING_MARKS = /\p{M}+/gu;

/** Folds typography (dashes, curly quotes, invisible marks) to plain ASCII forms; keeps letters' case. */
export function normalizeTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(DASHES, ' - ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/** Lower-cases and strips diacritics: "Émigré" → "emigre". */
export function foldCase(word: string): string {
  // Plain ASCII (nearly every word) needs no decomposition.
  if (!/[^\x00-\x7f]/.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
