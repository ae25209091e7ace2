// Files of notes about particular paragraphs, beside the seeds: an editor's keywords
// (keywords.json), and what `npm run train` learned from the labelled tuning questions (the words
// each paragraph was asked for in, asked.json; the paragraph prior's weights, prior.json). Each
// entry names its paragraph and how it begins, so a note cannot drift onto another paragraph when
// a seed file changes.
import type { Paragraph } from '../types.ts';
import { CorpusError } from './manifest.ts';

export const KEYWORDS_FILE = 'keywords.json';
export const ASKED_FILE = 'asked.json';
export const PRIOR_FILE = 'prior.json';
/** The note files, in the order they are applied, with what to do when a seed changed under one. */
export const NOTE_FILES = [
  { name: KEYWORDS_FILE, kind: 'keywords', remedy: 'edit the entry' },
  { name: ASKED_FILE, kind: 'keywords', remedy: 'run npm run train' },
  { name: PRIOR_FILE, kind: 'prior', remedy: 'run npm run train' },
] as const;

export interface NoteFile {
  name: string;
  text: string;
}

const stemOf = (paragraphId: string) => paragraphId.slice(0, paragraphId.lastIndexOf('#'));

/**
 * The notes of a file by paragraph id, each read by `readNote` (which throws a message for what
 * it cannot take); throws a CorpusError naming the entry that does not fit.
 */
export function notesByParagraph<T>(paragraphs: Paragraph[], text: string, file: string, shape: string, readNote: (entry: Record<string, unknown>) => T): Map<string, T> {
  const remedy = (NOTE_FILES.find((known) => known.name === file) ?? NOTE_FILES[0]).remedy;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new CorpusError(file, `expected a list of ${shape}`);
  const notes = new Map<string, T>();
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const sourceStems = new Set(paragraphs.map((p) => stemOf(p.id)));
  data.forEach((entry: unknown, index) => {
    const where = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new CorpusError(file, `${where} must be an object`);
    const fields = entry as Record<string, unknown>;
    const { id, begins } = fields;
    if (typeof id !== 'string' || typeof begins !== 'string') throw new CorpusError(file, `${where}: "id" and "begins" must be strings`);
    let note: T;
    try {
      note = readNote(fields);
    } catch (error) {
      throw new CorpusError(file, `${where}: ${(error as Error).message}`);
    }
    const paragraph = paragraphById.get(id);
    // A source taken out of the corpus (ingest --remove) leaves its notes behind, unused.
    if (!paragraph && !sourceStems.has(stemOf(id))) return;
    if (!paragraph) throw new CorpusError(file, `${where}: no paragraph "${id}"`);
    if (!paragraph.text.startsWith(begins)) throw new CorpusError(file, `${where}: paragraph "${id}" does not begin "${begins}" (its seed file changed? ${remedy})`);
    if (notes.has(id)) throw new CorpusError(file, `${where}: paragraph "${id}" is listed twice`);
    notes.set(id, note);
  });
  return notes;
}
