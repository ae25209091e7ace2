// Sentence spans of a paragraph. A line break always ends a sentence (list items, titles);
// within a line, ". ! ?" end one unless they close an abbreviation, an initial or a number.
import type { Span } from './segment.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'gen', 'col', 'lt', 'sgt', 'capt',
  'rep', 'sen', 'gov', 'pres', 'no', 'nos', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'dept',
  'univ', 'fig', 'vol', 'ed', 'eds', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'al', 'op', 'p', 'pp', 'mln', 'bn',
]);

// A candidate end: terminal punctuation, closing quotes or brackets, then white space.
const CANDIDATE_END = /[.!?…]+["'”’)\]]*(?=\s+\S)/gu;

function endsSentence(line: string, punctuationAt: number, after: number): boolean {
  const next = line.slice(after).trimStart();
  // The next sentence opens with a capital, a digit or an opening quote; otherwise this is mid-sentence.
  if (!/^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(next)) return false;
  if (line[punctuationAt] !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(line.slice(0, punctuationAt))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "S. Jaishankar"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S." "e.g."
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function lineSentences(line: string, offset: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of line.matchAll(CANDIDATE_END)) {
    const after = match.index + match[0].length;
    if (!endsSentence(line, match.index, after)) continue;
    spans.push({ start: offset + start, end: offset + after });
    start = after + (/^\s*/.exec(line.slice(after))?.[0].length ?? 0);
  }
  if (start < line.length) spans.push({ start: offset + start, end: offset + line.length });
  return spans;
}

const LEADING = /^[\s•·▪●◦‣*\-]*(?:\d{1,2}[.)]\s+)?/u;

/** Sentence spans, as offsets into `text`, each trimmed of white space and list markers. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lead = LEADING.exec(line)?.[0].length ?? 0;
    const body = line.slice(lead).trimEnd();
    if (body !== '') spans.push(...lineSentences(body, lineStart + lead));
    lineStart += line.length + 1;
  }
  return spans;
}
