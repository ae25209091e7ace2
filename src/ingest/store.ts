// Adds and removes sources so that no failure or kill leaves the seeds folder other than as it was
// before the change or as it is after it.
//
// loadCorpus accepts a folder only when (a) every file the manifest lists exists and (b) every
// *.txt/*.md file in it is listed; it ignores all other names. No single file operation changes both
// the manifest and a seed file, so the manifest's rename is the one commit point, and just before
// it the seed moves between its own name and a hidden one (`.SEED.tmp`, which loadCorpus ignores):
//
//   add:    journal → write .SEED.tmp and .sources.json.tmp (fsynced) → rename .SEED.tmp to SEED
//           → rename .sources.json.tmp to sources.json (commit) → clean up
//   remove: journal → write .sources.json.tmp → rename SEED to .SEED.tmp
//           → rename .sources.json.tmp to sources.json (commit) → clean up (deletes .SEED.tmp)
//
// Every check, including building the new corpus from the exact bytes to be written, runs before
// the journal is. Only between the two renames (microseconds) does the folder break (b) on add or
// (a) on remove; a loadCorpus then fails and the running bot keeps its index. The journal
// (`.ingest-journal.json`, written first and deleted last) names the seed in play, and `recover`
// makes that seed visible exactly when the manifest lists it and deletes the hidden files. It runs
// on any failure, and before the next change after a kill: so before the commit the folder returns
// to what it was, byte for byte, and after it to the new corpus.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertEveryFileListed, buildCorpus } from '../engine/corpus/load.ts';
import { CorpusError, MANIFEST_FILE, parseManifest, SEED_FILE_NAME, serializeManifest } from '../engine/corpus/manifest.ts';
import type { Corpus, Source } from '../engine/types.ts';
import { IngestError, contentKey, type Metadata } from './validate.ts';

/** The file operations that change the seeds folder; tests pass their own to fail at each one. */
export interface StoreFs {
  /** Writes a file and flushes it to disk; with `exclusive`, fails if the file exists. */
  writeFile(path: string, data: string | Uint8Array, exclusive?: boolean): void;
  rename(from: string, to: string): void;
  /** Deletes a file if there is one. */
  removeFile(path: string): void;
  /** Flushes a folder's entries (new names, renames, deletions) to disk. */
  syncDir(dir: string): void;
}

function withFd(path: string, flags: string, use: (fd: number) => void): void {
  const fd = openSync(path, flags);
  try {
    use(fd);
  } finally {
    closeSync(fd);
  }
}

export const nodeFs: StoreFs = {
  writeFile: (path, data, exclusive = false) =>
    withFd(path, exclusive ? 'wx' : 'w', (fd) => {
      writeFileSync(fd, data);
      fsyncSync(fd);
    }),
  rename: (from, to) => renameSync(from, to),
  removeFile: (path) => rmSync(path, { force: true }),
  syncDir: (dir) => withFd(dir, 'r', fsyncSync),
};

export interface NewSource extends Metadata {
  text: string;
}

export interface Change {
  source: Source;
  /** The corpus as loadCorpus now finds it. */
  corpus: Corpus;
}

const JOURNAL = '.ingest-journal.json';
const MANIFEST_TEMP = `.${MANIFEST_FILE}.tmp`;
const hidden = (seed: string) => `.${seed}.tmp`;

interface Journal {
  seed: string;
  pid: number;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function readJournal(dir: string): Partial<Journal> | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, JOURNAL), 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as Partial<Journal>;
  } catch {
    return {}; // cut short by a kill while it was being written: nothing else had been done yet
  }
}

/** Makes the seed in play visible exactly when the manifest lists it, and drops its hidden copy. */
function settleSeed(dir: string, seed: string, fs: StoreFs): void {
  const listed = parseManifest(readFileSync(join(dir, MANIFEST_FILE), 'utf8')).some((source) => source.file === seed);
  const visible = join(dir, seed);
  const hiddenPath = join(dir, hidden(seed));
  if (listed && !existsSync(visible) && existsSync(hiddenPath)) fs.rename(hiddenPath, visible); // a removal that did not commit
  if (!listed) fs.removeFile(visible); // an addition that did not commit
  fs.removeFile(hiddenPath);
}

/** Finishes or undoes an interrupted change (see the top of this file); false when there was none. */
export function recover(dir: string, fs: StoreFs = nodeFs): boolean {
  const journal = readJournal(dir);
  if (journal === undefined) return false;
  if (typeof journal.seed === 'string' && SEED_FILE_NAME.test(journal.seed)) settleSeed(dir, journal.seed, fs);
  fs.removeFile(join(dir, MANIFEST_TEMP));
  fs.syncDir(dir); // the renames are on disk before the journal that explains them goes
  fs.removeFile(join(dir, JOURNAL));
  return true;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Clears what a killed change left behind; refuses while another ingest is at work. */
function settlePrevious(dir: string, fs: StoreFs): void {
  const pid = readJournal(dir)?.pid;
  if (typeof pid === 'number' && pid !== process.pid && isRunning(pid)) {
    throw new IngestError(`another ingest (process ${pid}) is changing ${dir}; try again when it has finished`);
  }
  recover(dir, fs);
}

function readSeed(dir: string, file: string): Buffer {
  try {
    return readFileSync(join(dir, file));
  } catch (error) {
    throw new CorpusError(join(dir, file), `is listed in ${MANIFEST_FILE} but cannot be read (${errorCode(error)})`);
  }
}

interface Current {
  manifest: string;
  sources: Source[];
}

/** The manifest as it is, in a folder that has no seed file the manifest does not list. */
function readCurrent(dir: string, fs: StoreFs): Current {
  settlePrevious(dir, fs);
  const path = join(dir, MANIFEST_FILE);
  let manifest: string;
  try {
    manifest = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CorpusError(path, `cannot be read (${errorCode(error)})`);
  }
  const sources = parseManifest(manifest, path);
  assertEveryFileListed(dir, sources);
  return { manifest, sources };
}

/** The manifest to write and the corpus loadCorpus will find with it, built before anything is written. */
function after(sources: Source[], readSeedBytes: (file: string) => Uint8Array): { manifest: string; corpus: Corpus } {
  const manifest = serializeManifest(sources);
  return { manifest, corpus: buildCorpus(manifest, readSeedBytes) };
}

/** Puts the folder back as `recover` decides, keeping the error that brought us here the one reported. */
function rollBack(dir: string, fs: StoreFs): void {
  try {
    recover(dir, fs);
  } catch {
    // The journal stays behind, and the next ingest recovers.
  }
}

/** Runs `steps` under the journal; whatever happens, `recover` leaves the old corpus or the new one. */
function commit(dir: string, seed: string, manifestBefore: string, fs: StoreFs, steps: () => void): void {
  try {
    fs.writeFile(join(dir, JOURNAL), JSON.stringify({ seed, pid: process.pid } satisfies Journal), true);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new IngestError(`another ingest began changing ${dir}; try again`);
    rollBack(dir, fs); // a journal cut short
    throw error;
  }
  try {
    // Another ingest may have finished between our reading the manifest and writing the journal.
    if (readFileSync(join(dir, MANIFEST_FILE), 'utf8') !== manifestBefore) {
      throw new IngestError(`${dir} changed while this ingest was checking it; try again`);
    }
    steps();
  } catch (error) {
    rollBack(dir, fs);
    throw error;
  }
  recover(dir, fs); // after the commit, recovery is the clean-up
}

/** One more than the highest NNN of the sources' `NNN_...` ids, at least three digits. */
function nextNumber(sources: Source[]): string {
  const numbers = sources.map((source) => Number(/^(\d+)_/.exec(source.id)?.[1] ?? -1));
  return String(Math.max(-1, ...numbers) + 1).padStart(3, '0');
}

/** Adds an article as seed `NNN_<sha256 prefix>.txt` and its manifest entry. */
export function addSource(dir: string, article: NewSource, fs: StoreFs = nodeFs): Change {
  const current = readCurrent(dir, fs);
  const { text, ...meta } = article;
  const bytes = Buffer.from(text, 'utf8');
  const seeds = new Map(current.sources.map((source) => [source.file, readSeed(dir, source.file)]));
  const key = contentKey(text);
  const duplicate = current.sources.find((source) => contentKey(seeds.get(source.file)?.toString('utf8') ?? '') === key);
  if (duplicate) throw new IngestError(`this text is already in the corpus as ${duplicate.id} ("${duplicate.title}")`);

  const id = `${nextNumber(current.sources)}_${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
  const source: Source = { id, file: `${id}.txt`, ...meta, notes: '', furniture: [] };
  const { manifest, corpus } = after([...current.sources, source], (file) =>
    file === source.file ? bytes : (seeds.get(file) ?? readSeed(dir, file)),
  );
  const seedPath = join(dir, source.file);
  commit(dir, source.file, current.manifest, fs, () => {
    fs.writeFile(join(dir, hidden(source.file)), bytes);
    fs.writeFile(join(dir, MANIFEST_TEMP), manifest);
    fs.syncDir(dir);
    fs.rename(join(dir, hidden(source.file)), seedPath);
    fs.rename(join(dir, MANIFEST_TEMP), join(dir, MANIFEST_FILE)); // the commit
  });
  return { source, corpus };
}

/** Removes a source's manifest entry and deletes its seed file. */
export function removeSource(dir: string, id: string, fs: StoreFs = nodeFs): Change {
  const current = readCurrent(dir, fs);
  const source = current.sources.find((candidate) => candidate.id === id);
  if (!source) {
    const ids = current.sources.map((candidate) => candidate.id).join(', ') || 'none';
    throw new IngestError(`no source has the id "${id}" (the ids are: ${ids})`);
  }
  const { manifest, corpus } = after(
    current.sources.filter((candidate) => candidate !== source),
    (file) => readSeed(dir, file),
  );
  const seedPath = join(dir, source.file);
  commit(dir, source.file, current.manifest, fs, () => {
    fs.writeFile(join(dir, MANIFEST_TEMP), manifest);
    fs.syncDir(dir);
    if (existsSync(seedPath)) fs.rename(seedPath, join(dir, hidden(source.file))); // a seed deleted by hand has nothing to hide
    fs.rename(join(dir, MANIFEST_TEMP), join(dir, MANIFEST_FILE)); // the commit
  });
  return { source, corpus };
}
