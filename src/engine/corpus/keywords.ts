// Keywords per paragraph: the words people use for what a paragraph says that it does not itself
// contain ("kicked out" for an exodus). They help the paragraph be found and are never shown. Two
// optional files in the seeds folder hold them: an editor's (keywords.json), and the words of the
// labelled tuning questions each paragraph answers (asked.json, written by `npm run train`). Each
// entry names its paragraph and how it begins, so a keyword list cannot drift onto another
// paragraph when a seed file changes.
import type { Paragraph } from '../types.ts';
import { CorpusError } from './manifest.ts';

export const KEYWORDS_FILE = 'keywords.json';
export const ASKED_FILE = 'asked.json';
/** The keyword files, in the order their lists are joined, with what to do when a seed changed under one. */
export const KEYWORD_FILES = [
  { name: KEYWORDS_FILE, remedy: 'edit the entry' },
  { name: ASKED_FILE, remedy: 'run npm run train' },
] as const;
export const MAX_KEYWORDS = 1000;
const MAX_KEYWORD_CHARS = 60;

interface KeywordEntry {
  id: string;
  begins: string;
  keywords: string[];
}

function parseEntry(entry: unknown, index: number, file: string): KeywordEntry {
  const where = `entry ${index + 1}`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new CorpusError(file, `${where} must be an object`);
  const { id, begins, keywords } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || typeof begins !== 'string') throw new CorpusError(file, `${where}: "id" and "begins" must be strings`);
  if (!Array.isArray(keywords) || keywords.length > MAX_KEYWORDS || !keywords.every((k) => typeof k === 'string' && k.length <= MAX_KEYWORD_CHARS)) {
    throw new CorpusError(file, `${where}: "keywords" must be a list of at most ${MAX_KEYWORDS} strings of at most ${MAX_KEYWORD_CHARS} characters`);
  }
  return { id, begins, keywords: keywords as string[] };
}

const stemOf = (paragraphId: string) => paragraphId.slice(0, paragraphId.lastIndexOf('#'));

/** The paragraphs with a keyword file's lists added; throws a CorpusError naming the entry that does not fit. */
export function withKeywords(paragraphs: Paragraph[], text: string, file: string = KEYWORDS_FILE): Paragraph[] {
  const remedy = (KEYWORD_FILES.find((known) => known.name === file) ?? KEYWORD_FILES[0]).remedy;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new CorpusError(file, 'expected a list of {"id", "begins", "keywords"}');
  const byId = new Map<string, string[]>();
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const sourceStems = new Set(paragraphs.map((p) => stemOf(p.id)));
  data.forEach((raw, index) => {
    const entry = parseEntry(raw, index, file);
    const paragraph = paragraphById.get(entry.id);
    // A source taken out of the corpus (ingest --remove) leaves its keywords behind, unused.
    if (!paragraph && !sourceStems.has(stemOf(entry.id))) return;
    if (!paragraph) throw new CorpusError(file, `entry ${index + 1}: no paragraph "${entry.id}"`);
    if (!paragraph.text.startsWith(entry.begins)) throw new CorpusError(file, `entry ${index + 1}: paragraph "${entry.id}" does not begin "${entry.begins}" (its seed file changed? ${remedy})`);
    if (byId.has(entry.id)) throw new CorpusError(file, `entry ${index + 1}: paragraph "${entry.id}" is listed twice`);
    byId.set(entry.id, entry.keywords);
  });
  return paragraphs.map((p) => (byId.has(p.id) ? { ...p, keywords: [...(p.keywords ?? []), ...byId.get(p.id)!] } : p));
}
