// The index saved next to the seeds (`seeds/.index/`), keyed by a hash of the corpus and of the
// analysis settings, and loaded instead of rebuilt when both match — so start-up stays fast as the
// coverage grows. A stale, corrupt or unreadable snapshot is ignored and rebuilt, never trusted.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusOf, readSeedFolder, type SeedFiles } from './corpus/load.ts';
import { createEngine, type Engine } from './engine.ts';
import { MINISEARCH_OPTIONS, SearchIndex, type PreparedIndex } from './search/index.ts';
import { ACTORS, CONCEPTS, FACET_QUESTION_CUES, STOPWORDS, SUBJECT_WORDS } from './text/lexicon.ts';
import type { Corpus } from './types.ts';

export const SNAPSHOT_DIR = '.index';
/** Bump when the analysis or the snapshot's shape changes in a way the lexicon hash cannot see. */
const FORMAT = 3;

/** The engine's own code (this folder, as source or as build): any change to it may change the index. */
function hashEngineCode(hash: ReturnType<typeof createHash>): void {
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:ts|js)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(dirname(fileURLToPath(import.meta.url)));
}

let analysisKey: string | undefined;
/** A hash of everything that shapes the index besides the corpus itself: settings and code. */
function analysisKeyOf(): string {
  if (!analysisKey) {
    const hash = createHash('sha256').update(
      JSON.stringify({ FORMAT, ACTORS, CONCEPTS, STOPWORDS: [...STOPWORDS], SUBJECT_WORDS, FACET_QUESTION_CUES, fields: MINISEARCH_OPTIONS.fields }),
    );
    hashEngineCode(hash);
    analysisKey = hash.digest('hex').slice(0, 16);
  }
  return analysisKey;
}

interface Snapshot {
  format: number;
  key: string;
  corpus: Corpus;
  index: PreparedIndex;
}

export type IndexOrigin = 'loaded' | 'built';

export interface OpenedEngine {
  engine: Engine;
  origin: IndexOrigin;
  /** Why a snapshot was not used, when one existed. */
  rejected?: string;
  /** Why the new snapshot could not be saved (a read-only folder, say). */
  unsaved?: string;
}

function keyOf(corpusHash: string): string {
  return `${corpusHash}-${analysisKeyOf()}`;
}

function fileFor(key: string): string {
  return `index-${key}.json`;
}

/** A saved corpus is trusted only as far as it quotes the seed files exactly. */
function quotesSeeds(corpus: Corpus, seeds: SeedFiles): boolean {
  return (
    corpus.sources.length === seeds.sources.length &&
    corpus.paragraphs.every((p) => typeof p.text === 'string' && seeds.texts.get(p.file)?.slice(p.start, p.end) === p.text)
  );
}

function read(dir: string, seeds: SeedFiles): { corpus: Corpus; index: SearchIndex } | { rejected: string } | undefined {
  const key = keyOf(seeds.hash);
  let text: string;
  try {
    text = readFileSync(join(dir, SNAPSHOT_DIR, fileFor(key)), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const snapshot = JSON.parse(text) as Snapshot;
    if (snapshot.format !== FORMAT || snapshot.key !== key || snapshot.corpus?.hash !== seeds.hash) return { rejected: 'stale' };
    if (!quotesSeeds(snapshot.corpus, seeds)) return { rejected: 'it does not quote the seed files exactly' };
    const corpus = { ...snapshot.corpus, sources: seeds.sources };
    return { corpus, index: new SearchIndex(corpus, snapshot.index) };
  } catch (error) {
    return { rejected: `corrupt (${(error as Error).message})` };
  }
}

/** Writes the snapshot atomically and removes the ones of other corpora. Failing to save is not fatal. */
export function saveSnapshot(dir: string, engine: Engine): string | undefined {
  const folder = join(dir, SNAPSHOT_DIR);
  const key = keyOf(engine.corpus.hash);
  try {
    mkdirSync(folder, { recursive: true });
    const snapshot: Snapshot = { format: FORMAT, key, corpus: engine.corpus, index: engine.index.snapshot() };
    const temporary = join(folder, `.${fileFor(key)}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(snapshot));
    renameSync(temporary, join(folder, fileFor(key)));
    for (const name of readdirSync(folder)) if (name !== fileFor(key)) rmSync(join(folder, name), { force: true });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Loads the corpus in `dir` and an engine over it: from the snapshot when it matches the seed files
 * (which are always read, checked and hashed), else built from them and saved.
 */
export function openEngine(dir: string, { save = true } = {}): OpenedEngine {
  return openSeeds(dir, readSeedFolder(dir), save);
}

/** As openEngine, but only when the seed files no longer hash to `currentHash` (a watcher's reload). */
export function openEngineIfChanged(dir: string, currentHash: string): OpenedEngine | undefined {
  const seeds = readSeedFolder(dir);
  return seeds.hash === currentHash ? undefined : openSeeds(dir, seeds, true);
}

function openSeeds(dir: string, seeds: SeedFiles, save: boolean): OpenedEngine {
  const saved = read(dir, seeds);
  if (saved && 'index' in saved) return { engine: createEngine(saved.corpus, saved.index), origin: 'loaded' };
  const engine = createEngine(corpusOf(seeds));
  const unsaved = save ? saveSnapshot(dir, engine) : undefined;
  return { engine, origin: 'built', ...(saved ? { rejected: saved.rejected } : {}), ...(unsaved ? { unsaved } : {}) };
}
