// The running bot's view of the seeds folder: a changed corpus is swapped in whole after the changes
// settle, a broken one is reported and the old one kept, and questions never see a mix of the two.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchCorpus, type CorpusWatcher } from '../src/corpus-watch.ts';
import { CorpusError, MANIFEST_FILE } from '../src/engine/corpus/manifest.ts';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine, type Engine } from '../src/engine/engine.ts';
import type { Corpus, Paragraph } from '../src/engine/types.ts';
import { addSource } from '../src/ingest/store.ts';
import { projectRoot } from '../src/paths.ts';

const SEEDS = join(projectRoot, 'seeds');
const DEBOUNCE_MS = 100;

let dir: string;
let watcher: CorpusWatcher | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'watch-seeds-'));
  for (const name of readdirSync(SEEDS)) {
    if (name === MANIFEST_FILE || /\.(?:txt|md)$/.test(name)) copyFileSync(join(SEEDS, name), join(dir, name));
  }
});

afterEach(() => {
  watcher?.close();
  watcher = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves once `condition` holds, checking every few milliseconds. */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(5);
  }
}

/** Watches `dir` and records what the watcher hands over, with a load that counts its calls. */
function watchRecording() {
  const seen = { corpora: [] as Corpus[], errors: [] as unknown[], loads: 0 };
  watcher = watchCorpus(dir, {
    debounceMs: DEBOUNCE_MS,
    load: (folder) => {
      seen.loads++;
      return loadCorpus(folder);
    },
    onCorpus: (corpus) => seen.corpora.push(corpus),
    onError: (error) => seen.errors.push(error),
  });
  return seen;
}

const article = {
  text: 'Kazakhstan Weighs Its Own Step\n\nOfficials in Astana said on Monday that they were studying the Russian decision on the Taliban closely, and that Kazakh wheat exports to Afghanistan had doubled.\n',
  title: 'Kazakhstan Weighs Its Own Step',
  outlet: '',
  author: '',
  date: '2025-07-14',
  url: '',
  kind: 'report' as const,
};

describe('watchCorpus', () => {
  it('hands over the changed corpus once the debounce time has passed', async () => {
    const seen = watchRecording();
    const changedAt = Date.now();
    const { source } = addSource(dir, article);
    await until(() => seen.corpora.length > 0);
    expect(Date.now() - changedAt).toBeGreaterThanOrEqual(DEBOUNCE_MS - 5);
    expect(seen.corpora[0]!.sources.map((s) => s.id)).toContain(source.id);
    expect(seen.errors).toEqual([]);
  });

  it.each([
    ['asked.json', { keywords: ['newly asked'] }, (p: Paragraph) => ({ keywords: p.keywords })],
    ['prior.json', { weights: { 'w:newly': 1.5 } }, (p: Paragraph) => ({ weights: { ...p.prior } })],
  ])('takes in a note file written by npm run train (%s), like a seed', async (file, note, noteOf) => {
    const first = loadCorpus(dir).paragraphs[0]!;
    const seen = watchRecording();
    writeFileSync(join(dir, file), JSON.stringify([{ id: first.id, begins: first.text.slice(0, 40), ...note }]));
    await until(() => seen.corpora.length > 0);
    expect(noteOf(seen.corpora[0]!.paragraphs[0]!)).toEqual(note);
  });

  it('reports a corpus that fails to load and hands nothing over, then recovers when it is fixed', async () => {
    const manifest = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
    const original = loadCorpus(dir);
    let current = original;
    const errors: unknown[] = [];
    watcher = watchCorpus(dir, { debounceMs: DEBOUNCE_MS, onCorpus: (corpus) => (current = corpus), onError: (error) => errors.push(error) });

    writeFileSync(join(dir, MANIFEST_FILE), '{ "sources": [');
    await until(() => errors.length > 0);
    expect(errors[0]).toBeInstanceOf(CorpusError);
    expect((errors[0] as Error).message).toMatch(/sources\.json: not valid JSON/);
    expect(current).toBe(original);

    writeFileSync(join(dir, MANIFEST_FILE), manifest);
    await until(() => current !== original);
    expect(current.hash).toBe(original.hash);
  });

  it('reloads once for many changes in quick succession', async () => {
    const seen = watchRecording();
    const manifest = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(dir, MANIFEST_FILE), manifest);
      await sleep(DEBOUNCE_MS / 10);
    }
    await until(() => seen.loads > 0);
    await sleep(DEBOUNCE_MS * 3);
    expect(seen.loads).toBe(1);
    expect(seen.corpora).toHaveLength(1);
  });

  it('ignores the temporary files and journal an ingest writes', async () => {
    const seen = watchRecording();
    writeFileSync(join(dir, '.sources.json.tmp'), '{}');
    writeFileSync(join(dir, '.005_0123456789abcdef.txt.tmp'), 'draft');
    writeFileSync(join(dir, '.ingest-journal.json'), '{}');
    await sleep(DEBOUNCE_MS * 3);
    expect(seen.loads).toBe(0);
  });

  it('swaps engines between questions: every answer comes whole from one corpus, and none is dropped', async () => {
    let engine: Engine = createEngine(loadCorpus(dir));
    const errors: unknown[] = [];
    watcher = watchCorpus(dir, { debounceMs: DEBOUNCE_MS, onCorpus: (corpus) => (engine = createEngine(corpus)), onError: (error) => errors.push(error) });
    const asked: Array<{ engine: Engine; paragraphIds: string[] }> = [];
    let asking = true;
    const questions = (async () => {
      while (asking) {
        const answering = engine; // the engine a question starts with is the one that answers it
        const answer = answering.ask('What did officials in Astana say about Kazakh wheat exports and the Taliban?');
        asked.push({ engine: answering, paragraphIds: answer.results.map((result) => result.id) });
        await sleep(1);
      }
    })();

    const before = engine;
    const { source } = addSource(dir, article);
    await until(() => engine !== before);
    const after = engine;
    await until(() => asked.at(-1)?.engine === after);
    asking = false;
    await questions;

    expect(errors).toEqual([]);
    expect(asked.filter((entry) => entry.engine === before).length).toBeGreaterThan(0);
    for (const { engine: answering, paragraphIds } of asked) {
      for (const id of paragraphIds) expect(answering.paragraph(id), id).toBeDefined();
    }
    const fromNewSource = ({ paragraphIds }: { paragraphIds: string[] }) => paragraphIds.some((id) => id.startsWith(`${source.id}#`));
    expect(asked.filter((entry) => entry.engine === before).some(fromNewSource)).toBe(false);
    expect(asked.filter((entry) => entry.engine === after).every(fromNewSource)).toBe(true);
    expect(asked.every((entry) => entry.engine === before || entry.engine === after)).toBe(true);
  });
});
