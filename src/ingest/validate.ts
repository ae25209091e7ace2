// What an article must be before it joins the corpus. Each check throws an IngestError whose message
// alone, without a stack, tells the user what is wrong.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { MAX_SEED_BYTES, paragraphsOf } from '../engine/corpus/load.ts';
import { CorpusError, isHttpUrl, isRealDate } from '../engine/corpus/manifest.ts';
import { SOURCE_KINDS, type Citation, type Source, type SourceKind } from '../engine/types.ts';

/** An HTML page carries far more markup than text, so the file may be larger than the seed it makes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export class IngestError extends Error {
  override name = 'IngestError';
}

/** A source's manifest fields, as the user or the page gives them. */
export type Metadata = Citation;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads an article file as UTF-8 text (a byte-order mark is dropped). */
export function readInput(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new IngestError(`${path} is not a file`);
    if (stat.size > MAX_INPUT_BYTES) throw new IngestError(`${path} is larger than ${MAX_INPUT_BYTES} bytes`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (bytes.includes(0)) throw new IngestError(`${path} is binary, not text (it contains NUL bytes)`);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new IngestError(`${path} is not UTF-8 text; convert it to UTF-8 first`);
  }
}

/** The cleaned text must have something in it and fit in a seed file. */
export function checkText(text: string, file: string): void {
  if (text.trim() === '') throw new IngestError(`${file} has no text left once it is cleaned`);
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_SEED_BYTES) throw new IngestError(`${file} has ${bytes} bytes of text; a seed may have at most ${MAX_SEED_BYTES}`);
}

export function checkMetadata(meta: Omit<Metadata, 'kind'> & { kind: string }, file: string): Metadata {
  const { title, date, url, kind } = meta;
  if (title.trim() === '') throw new IngestError(`${file} prints no headline that could be found; give one with --title`);
  if (date !== '' && !isRealDate(date)) throw new IngestError(`the date "${date}" is not a real day in the form YYYY-MM-DD`);
  if (url !== '' && !isHttpUrl(url)) throw new IngestError(`the URL "${url}" is not an http(s) address`);
  if (!SOURCE_KINDS.includes(kind as SourceKind)) throw new IngestError(`the kind "${kind}" is not one of ${SOURCE_KINDS.join(', ')}`);
  return { ...meta, title: title.trim(), kind: kind as SourceKind };
}

/** How many paragraphs the engine will keep of the article; none is an error. */
export function countParagraphs(meta: Metadata, text: string, file: string): number {
  const source: Source = { id: 'new', file: 'new.txt', notes: '', furniture: [], ...meta };
  try {
    return paragraphsOf(source, text).length;
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    throw new IngestError(`${file} has no article text left once page furniture (headline, date lines, share links) is removed`);
  }
}

/** Two texts with the same key are the same article, however their lines are broken. */
export function contentKey(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
