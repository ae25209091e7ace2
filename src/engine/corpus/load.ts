// Seeds folder → Corpus: the manifest, each seed file checked, cleaned and cut into paragraphs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, Paragraph, Source } from '../types.ts';
import { analyzeWords } from '../text/analyzer.ts';
import { ACTOR_IDS } from '../text/lexicon.ts';
import { facetStrengths, facetsOf } from './facets.ts';
import { CorpusError, looksLikeSeed, MANIFEST_FILE, parseManifest } from './manifest.ts';
import { isAuthorBoxHeading, pageFurniture } from './furniture.ts';
import { segment } from './segment.ts';
import { withKeywords } from './keywords.ts';
import { NOTE_FILES, type NoteFile } from './paragraph-notes.ts';
import { withPrior } from './prior.ts';
import { splitSentences } from './sentences.ts';

export const MAX_SEED_BYTES = 2 * 1024 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a seed file's bytes, refusing what is not article text. */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new CorpusError(file, 'the file is empty');
  if (bytes.length > MAX_SEED_BYTES) throw new CorpusError(file, `the file is larger than ${MAX_SEED_BYTES} bytes`);
  if (bytes.includes(0)) throw new CorpusError(file, 'the file is binary (it contains NUL bytes)');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new CorpusError(file, 'the file is not valid UTF-8');
  }
}

export function actorsIn(text: string): string[] {
  const found = new Set<string>();
  for (const { term } of analyzeWords(text)) if (ACTOR_IDS.has(term)) found.add(term);
  return [...found];
}

const furnitureRules = (source: Source) => ({ title: source.title, outlet: source.outlet, extraLines: source.furniture });

function pageFurnitureOf(source: Source, raw: string): string[] {
  return pageFurniture(raw, furnitureRules(source));
}

/** The paragraphs of one source, from its raw text. Throws if nothing of it is article text. */
export function paragraphsOf(source: Source, raw: string): Paragraph[] {
  const stem = source.file.replace(/\.[^.]+$/, '');
  const rules = furnitureRules(source);
  const paragraphs = segment(raw, rules).map((span, index): Paragraph => {
    const text = raw.slice(span.start, span.end);
    // An author box says who wrote the piece: no facets, and the places it names are not parties.
    const tags = isAuthorBoxHeading(span.heading)
      ? { facets: [], actors: [], aboutAuthor: true }
      : { facets: facetsOf(facetStrengths(text, span.heading)), actors: actorsIn(text) };
    return {
      id: `${stem}#p${index + 1}`,
      sourceId: source.id,
      file: source.file,
      paragraph: index + 1,
      heading: span.heading,
      text,
      start: span.start,
      end: span.end,
      sentences: splitSentences(text),
      ...tags,
    };
  });
  if (paragraphs.length === 0) throw new CorpusError(source.file, 'no article text is left once page furniture is removed');
  return paragraphs;
}

/** The manifest and the text of every seed it lists, checked, with a hash of them all. */
export interface SeedFiles {
  sources: Source[];
  texts: Map<string, string>;
  /** The note files the folder has, in NOTE_FILES' order. */
  noteFiles: NoteFile[];
  hash: string;
}

/** Reads the seeds through `readSeed` (a file name → its bytes) and hashes them with the manifest. */
export function readSeeds(manifestText: string, readSeed: (file: string) => Uint8Array, manifestName = MANIFEST_FILE, noteFiles: NoteFile[] = []): SeedFiles {
  const sources = parseManifest(manifestText, manifestName);
  const hash = createHash('sha256').update(manifestText);
  for (const { name, text } of noteFiles) hash.update(name).update(text);
  const texts = new Map<string, string>();
  for (const source of sources) {
    const bytes = readSeed(source.file);
    hash.update(source.file).update(bytes);
    texts.set(source.file, decodeSeed(bytes, source.file));
  }
  return { sources, texts, noteFiles, hash: hash.digest('hex').slice(0, 16) };
}

/** Cuts the seeds into paragraphs: the corpus the engine indexes. */
export function corpusOf(seeds: SeedFiles): Corpus {
  const cut = seeds.sources.flatMap((source) => paragraphsOf(source, seeds.texts.get(source.file)!));
  const paragraphs = seeds.noteFiles.reduce((noted, { name, text }) => {
    const kind = NOTE_FILES.find((file) => file.name === name)?.kind ?? 'keywords';
    return kind === 'prior' ? withPrior(noted, text, name) : withKeywords(noted, text, name);
  }, cut);
  const pageFurniture = seeds.sources.flatMap((source) => pageFurnitureOf(source, seeds.texts.get(source.file)!));
  return { sources: seeds.sources, paragraphs, pageFurniture: [...new Set(pageFurniture)], hash: seeds.hash };
}

/** Builds a corpus from the manifest's text and each seed file's bytes. */
export function buildCorpus(manifestText: string, readSeed: (file: string) => Uint8Array): Corpus {
  return corpusOf(readSeeds(manifestText, readSeed));
}

/** Throws, naming the file, when the folder holds a seed file the manifest does not list. */
export function assertEveryFileListed(dir: string, sources: Source[]): void {
  const listed = new Set(sources.map((source) => source.file));
  for (const name of readdirSync(dir)) {
    if (looksLikeSeed(name) && !listed.has(name)) throw new CorpusError(join(dir, name), `is not listed in ${MANIFEST_FILE}`);
  }
}

/** Reads `dir/sources.json` and the seed files it lists; every seed file in `dir` must be listed. */
export function readSeedFolder(dir: string): SeedFiles {
  const manifestPath = join(dir, MANIFEST_FILE);
  let manifestText: string;
  try {
    manifestText = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new CorpusError(manifestPath, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  assertEveryFileListed(dir, parseManifest(manifestText, manifestPath));
  return readSeeds(
    manifestText,
    (file) => {
      const path = join(dir, file);
      try {
        const stat = statSync(path);
        if (!stat.isFile()) throw new CorpusError(path, 'is not a file');
        if (stat.size > MAX_SEED_BYTES) throw new CorpusError(path, `is larger than ${MAX_SEED_BYTES} bytes`);
        return readFileSync(path);
      } catch (error) {
        if (error instanceof CorpusError) throw error;
        throw new CorpusError(path, `is listed in ${MANIFEST_FILE} but cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    },
    manifestPath,
    readNoteFiles(dir),
  );
}

/** The note files the folder has. */
function readNoteFiles(dir: string): NoteFile[] {
  return NOTE_FILES.flatMap(({ name }) => {
    const path = join(dir, name);
    try {
      return [{ name, text: readFileSync(path, 'utf8') }];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new CorpusError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  });
}

/** Loads the corpus in a seeds folder. */
export function loadCorpus(dir: string): Corpus {
  return corpusOf(readSeedFolder(dir));
}
