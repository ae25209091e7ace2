// `seeds/sources.json`: what is known about each article. Read strictly: a malformed manifest is
// an error that names the file and the field, never a half-loaded corpus.
import { SOURCE_KINDS, type Source, type SourceKind } from '../types.ts';

export const MANIFEST_FILE = 'sources.json';

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'CorpusError';
  }
}

/** A seed file's name as the manifest may give it: a plain .txt or .md name, no folders. */
export const SEED_FILE_NAME = /^[\w.-]+\.(?:txt|md)$/;

/** Any file in the seeds folder that the corpus would read as a seed (so it must be listed). */
export const looksLikeSeed = (name: string): boolean => /\.(?:txt|md)$/.test(name);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string that names a real day. */
export function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function stringField(entry: Record<string, unknown>, field: string, where: string, file: string): string {
  const value = entry[field] ?? '';
  if (typeof value !== 'string') throw new CorpusError(file, `${where}: "${field}" must be a string`);
  return value;
}

function parseSource(entry: unknown, index: number, file: string): Source {
  const where = `sources[${index}]`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new CorpusError(file, `${where} must be an object`);
  }
  const record = entry as Record<string, unknown>;
  const field = (name: string) => stringField(record, name, where, file);
  const source: Source = {
    id: field('id'),
    file: field('file'),
    title: field('title'),
    outlet: field('outlet'),
    author: field('author'),
    date: field('date'),
    url: field('url'),
    kind: field('kind') as SourceKind,
    notes: field('notes'),
    furniture: [],
  };
  if (!/^[\w-]{1,64}$/.test(source.id)) throw new CorpusError(file, `${where}: "id" must be 1-64 letters, digits, "_" or "-"`);
  if (!SEED_FILE_NAME.test(source.file)) throw new CorpusError(file, `${where}: "file" must be a plain .txt or .md file name`);
  if (source.title.trim() === '') throw new CorpusError(file, `${where}: "title" is required`);
  if (!SOURCE_KINDS.includes(source.kind)) {
    throw new CorpusError(file, `${where}: "kind" must be one of ${SOURCE_KINDS.join(', ')}`);
  }
  if (source.date !== '' && !isRealDate(source.date)) throw new CorpusError(file, `${where}: "date" must be a real YYYY-MM-DD date or ""`);
  if (source.url !== '' && !isHttpUrl(source.url)) throw new CorpusError(file, `${where}: "url" must be an http(s) URL or ""`);
  const furniture = record.furniture ?? [];
  if (!Array.isArray(furniture) || !furniture.every((line) => typeof line === 'string')) {
    throw new CorpusError(file, `${where}: "furniture" must be a list of strings`);
  }
  source.furniture = furniture;
  return source;
}

/** Parses the manifest's text; throws a CorpusError naming what is wrong. */
export function parseManifest(text: string, file = MANIFEST_FILE): Source[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(file, `not valid JSON (${(error as Error).message})`);
  }
  const sources = (data as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) throw new CorpusError(file, 'expected {"version": 1, "sources": [...]}');
  const parsed = sources.map((entry, index) => parseSource(entry, index, file));
  for (const key of ['id', 'file'] as const) {
    const seen = new Set<string>();
    for (const source of parsed) {
      if (seen.has(source[key])) throw new CorpusError(file, `two sources share the ${key} "${source[key]}"`);
      seen.add(source[key]);
    }
  }
  return parsed;
}

export function serializeManifest(sources: Source[]): string {
  const entries = sources.map(({ furniture, ...rest }) => (furniture.length > 0 ? { ...rest, furniture } : rest));
  return `${JSON.stringify({ version: 1, sources: entries }, null, 2)}\n`;
}
