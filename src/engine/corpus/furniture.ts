// Page furniture: the lines of a captured web page that belong to the page, not to the article.
// Generic rules here; a source's own odd lines are listed in the manifest (`furniture`).
import { normalizeTypography } from '../text/normalize.ts';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)';
const DATE_LINE = new RegExp(
  `^(?:published(?: on)?:?\\s*|updated(?: on)?:?\\s*)?${WEEKDAY}?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})[\\s|]*$`,
  'i',
);

/** Whole lines that are furniture wherever they stand. */
const FURNITURE_LINES: RegExp[] = [
  DATE_LINE,
  /^\d+\s*(?:mins?|minutes?)\s+read$/i,
  /^sponsor(?:ed)?(?:\s*:|$)/i, // "Sponsor: QWIKET …", "Sponsored"; not a sentence that starts with the word
  /^(?:view|show|hide|load)\s+comments?\b/i,
  /^(?:share(?: via| this)?|copy link|tweet|print|email|back|topic|advertisement|related|read more|subscribe)$/i,
  /^(?:[•·▪●◦‣*-]\s*)?(?:logo of|image:|photo:|image credit|photo credit|caption:)/i, // a caption, bulleted or not
  /^nextimg:/i,
  /^[|\s]+[^.!?]{0,40}$/, // a location or counter fragment that starts with a separator: " | Remer,MN"
  /^\d{1,6}$/, // a lone counter: comments, shares
];

/** Lines after which nothing is article text: comment sections, teaser rails. */
const END_MARKERS: RegExp[] = [
  /^leave a (?:reply|comment)$/i,
  /^your email address will not be published/i,
  /^don'?t miss$/i,
  /^(?:one|\d+) thoughts? on\b/i,
  /^related (?:posts|articles|stories)$/i,
  /^(?:\d+ )?comments?$/i,
  /^share via$/i,
];

function plain(line: string): string {
  return normalizeTypography(line).replace(/\s+/g, ' ').trim();
}

export interface FurnitureRules {
  /** The source's headline: a line repeating it (alone, or with tags or a prefix) is furniture. */
  title: string;
  /** The outlet's name: a masthead line that is only the name is furniture. */
  outlet: string;
  /** Exact lines of this source that are furniture. */
  extraLines: string[];
}

/** The heading of an author box: what follows is about who wrote the piece, not part of its argument. */
const AUTHOR_BOX = /^(?:about the )?authors?$/i;

export function isAuthorBoxHeading(line: string): boolean {
  return AUTHOR_BOX.test(plain(line));
}

export function isEndMarker(line: string): boolean {
  const text = plain(line);
  return END_MARKERS.some((pattern) => pattern.test(text));
}

export function isFurnitureLine(line: string, rules: FurnitureRules): boolean {
  const text = plain(line);
  if (text === '') return false;
  if (FURNITURE_LINES.some((pattern) => pattern.test(text))) return true;
  const lower = text.toLowerCase();
  const title = plain(rules.title).toLowerCase();
  if (title !== '' && lower.includes(title)) return true;
  if (rules.outlet !== '' && lower === plain(rules.outlet).toLowerCase()) return true;
  return rules.extraLines.some((extra) => plain(extra) === text);
}

/** Its words, lower case: to tell a line that repeats a headline from one that does not. */
const wordsOf = (text: string) => plain(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The page's own lines (a sponsor, "Share via", teasers for other stories, the comment form), as
 * written: what a question quoting them is about ("what happened on Thursday, December 04, 2025?"
 * asks about the page's capture date). Headline repeats are left out (their words are the
 * article's subject), and so are bare counters. Typography is folded.
 */
export function pageFurniture(raw: string, rules: FurnitureRules): string[] {
  const title = plain(rules.title).toLowerCase();
  const titleWords = new Set(wordsOf(rules.title));
  const lines: string[] = [];
  let ended = false;
  for (const line of raw.split(/\r?\n/)) {
    ended ||= isEndMarker(line);
    if (!ended && !isFurnitureLine(line, rules)) continue;
    const text = plain(line);
    const words = wordsOf(text);
    const repeatsTitle = text.toLowerCase().includes(title) || words.filter((word) => titleWords.has(word)).length * 2 >= words.length;
    if (words.some((word) => /\p{L}/u.test(word)) && !repeatsTitle) lines.push(text);
  }
  return lines;
}
