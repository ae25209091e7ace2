// Watches the seeds folder and hands over a whole, freshly loaded corpus once changes settle. The
// caller swaps in a new engine with one assignment; answering is synchronous, so a question being
// answered finishes on the engine it began with and the next one gets the new engine. A corpus that
// fails to load is reported and not handed over, so the caller keeps the one it has.
import { watch } from 'node:fs';
import { loadCorpus } from './engine/corpus/load.ts';
import { looksLikeSeed, MANIFEST_FILE } from './engine/corpus/manifest.ts';
import { NOTE_FILES } from './engine/corpus/paragraph-notes.ts';
import type { Corpus } from './engine/types.ts';

export interface WatchOptions<T = Corpus> {
  /** Quiet time after the last change before reloading (default 300 ms). */
  debounceMs?: number;
  /** Loads the folder: a corpus by default, or anything built from it (an engine). */
  load?: (dir: string) => T;
  onCorpus: (loaded: T) => void;
  /** A load that failed, a failing `onCorpus`, or the watch itself failing; the old corpus stays. */
  onError: (error: unknown) => void;
}

export interface CorpusWatcher {
  close(): void;
}

/** The manifest, note and seed files; not the temporary files and journal an ingest writes beside them. */
function canChangeCorpus(name: string | null): boolean {
  return name === null || name === MANIFEST_FILE || NOTE_FILES.some((file) => file.name === name) || looksLikeSeed(name);
}

export function watchCorpus<T = Corpus>(dir: string, options: WatchOptions<T>): CorpusWatcher {
  const { debounceMs = 300, load = loadCorpus as unknown as (dir: string) => T, onCorpus, onError } = options;
  let timer: NodeJS.Timeout | undefined;

  const reload = () => {
    timer = undefined;
    try {
      onCorpus(load(dir));
    } catch (error) {
      onError(error);
    }
  };

  // Not persistent: watching the seeds must not keep a process alive that has nothing else to do.
  const watcher = watch(dir, { persistent: false }, (_event, name) => {
    if (!canChangeCorpus(name)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  });
  watcher.on('error', onError);

  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
