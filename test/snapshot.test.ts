// The saved index: used when it matches the seed files, rebuilt (never trusted) when it is stale,
// corrupt or does not quote the seeds exactly.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEngine, openEngineIfChanged, SNAPSHOT_DIR } from '../src/engine/snapshot.ts';

let seeds: string;
const snapshots = () => readdirSync(join(seeds, SNAPSHOT_DIR)).filter((name) => name.endsWith('.json'));
const snapshotPath = () => join(seeds, SNAPSHOT_DIR, snapshots()[0]!);
const topAnswer = (engine: ReturnType<typeof openEngine>['engine']) => engine.ask('How did China react?').results[0]?.excerpt;

beforeEach(() => {
  seeds = mkdtempSync(join(tmpdir(), 'snapshot-'));
  cpSync('seeds', seeds, { recursive: true, filter: (path) => !path.includes(SNAPSHOT_DIR) });
});
afterEach(() => rmSync(seeds, { recursive: true, force: true }));

describe('the saved index', () => {
  it('is built and saved the first time, then loaded, answering the same', () => {
    const built = openEngine(seeds);
    expect(built.origin).toBe('built');
    expect(snapshots()).toHaveLength(1);
    const loaded = openEngine(seeds);
    expect(loaded.origin).toBe('loaded');
    expect(topAnswer(loaded.engine)).toBe(topAnswer(built.engine));
    expect(loaded.engine.corpus.paragraphs.length).toBe(built.engine.corpus.paragraphs.length);
  });

  it('is ignored and rebuilt when it is not JSON', () => {
    openEngine(seeds);
    writeFileSync(snapshotPath(), '{ this is not json');
    const reopened = openEngine(seeds);
    expect(reopened.origin).toBe('built');
    expect(reopened.rejected).toMatch(/corrupt/);
    expect(openEngine(seeds).origin).toBe('loaded');
  });

  it('is ignored when a saved paragraph no longer quotes its seed file exactly', () => {
    const { engine } = openEngine(seeds);
    const saved = JSON.parse(readFileSync(snapshotPath(), 'utf8'));
    saved.corpus.paragraphs[0].text = 'A sentence no article ever printed.';
    writeFileSync(snapshotPath(), JSON.stringify(saved));
    const reopened = openEngine(seeds);
    expect(reopened.origin).toBe('built');
    expect(reopened.rejected).toMatch(/quote/);
    expect(reopened.engine.corpus.paragraphs[0]!.text).toBe(engine.corpus.paragraphs[0]!.text);
  });

  it('is not reopened for a reload that leaves the seed files as they were', () => {
    const { engine } = openEngine(seeds);
    rmSync(join(seeds, SNAPSHOT_DIR), { recursive: true });
    expect(openEngineIfChanged(seeds, engine.corpus.hash)).toBeUndefined();
    expect(existsSync(join(seeds, SNAPSHOT_DIR))).toBe(false);
    const file = join(seeds, '003_8f1f371d203260e7.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA closing paragraph added by hand to change the corpus.\n`);
    expect(openEngineIfChanged(seeds, engine.corpus.hash)?.engine.corpus.hash).not.toBe(engine.corpus.hash);
  });

  it('of another corpus is not used, and is replaced by the new one', () => {
    openEngine(seeds);
    const before = snapshots();
    const file = join(seeds, '003_8f1f371d203260e7.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nA closing paragraph added by hand to change the corpus.\n`);
    const reopened = openEngine(seeds);
    expect(reopened.origin).toBe('built');
    expect(reopened.engine.corpus.paragraphs.some((p) => p.text.startsWith('A closing paragraph added by hand'))).toBe(true);
    expect(snapshots()).toHaveLength(1);
    expect(snapshots()).not.toEqual(before);
  });
});
