// Keywords per paragraph: the words people use for what a paragraph says that it does not itself
// contain ("kicked out" for an exodus). They help the paragraph be found and are never shown. Two
// note files hold them: an editor's (keywords.json), and the words of the labelled tuning
// questions each paragraph answers (asked.json, written by `npm run train`).
import type { Paragraph } from '../types.ts';
import { KEYWORDS_FILE, notesByParagraph } from './paragraph-notes.ts';

export const MAX_KEYWORDS = 1000;
const MAX_KEYWORD_CHARS = 60;

function readKeywords({ keywords }: Record<string, unknown>): string[] {
  if (!Array.isArray(keywords) || keywords.length > MAX_KEYWORDS || !keywords.every((k) => typeof k === 'string' && k.length <= MAX_KEYWORD_CHARS)) {
    throw new Error(`"keywords" must be a list of at most ${MAX_KEYWORDS} strings of at most ${MAX_KEYWORD_CHARS} characters`);
  }
  return keywords as string[];
}

/** The paragraphs with a keyword file's lists added; throws a CorpusError naming the entry that does not fit. */
export function withKeywords(paragraphs: Paragraph[], text: string, file: string = KEYWORDS_FILE): Paragraph[] {
  const byId = notesByParagraph(paragraphs, text, file, '{"id", "begins", "keywords"}', readKeywords);
  return paragraphs.map((p) => (byId.has(p.id) ? { ...p, keywords: [...(p.keywords ?? []), ...byId.get(p.id)!] } : p));
}
