// The words people used asking for each paragraph (seeds/asked.json, written by `npm run train`
// from the labelled tuning questions): a help to finding the paragraph that never shows. That the
// file is up to date with the sets is tested with the prior (paragraph-prior.test.ts).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';
import { askedEntries } from '../scripts/learn/asked.ts';
import { noteFileText } from '../scripts/learn/note-file.ts';
import { smallEngine } from './support/small-corpus.ts';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));

describe('asked words', () => {
  it('a paragraph is found by the words it was asked for in, which are never shown', () => {
    const short = 'Wheat prices rose again this spring.';
    const smuggled = 'Traders said wheat was carried over the mountain passes at night, past the posts, and sold in the bazaars of the next valley.';
    const untaught = smallEngine([short, smuggled]);
    const taughtQuestion = { id: 't1', set: 'taught.jsonl', q: 'any wheat smuggling going on?', facet: null, gold: [['trade', 'over the mountain passes']] as Array<[string, string]> };
    const entries = askedEntries(untaught.corpus, [taughtQuestion]);
    // Stopwords ("any", "going", "on") left out; one word per term; only the paragraph the question's gold names.
    expect(entries.map((e) => [e.id, e.keywords])).toEqual([['trade#p2', ['smuggling', 'wheat']]]);
    const question = 'wheat smuggling';
    expect(untaught.ask(question).results[0]?.text).not.toBe(smuggled);
    const results = smallEngine([short, smuggled], { asked: noteFileText(entries) }).ask(question).results;
    expect(results[0]?.text).toBe(smuggled);
    for (const result of results) expect(`${result.text} ${result.excerpt}`).not.toMatch(/smuggl/i);
  });

  it('the engine built from the seeds folder uses them', () => {
    const engine = createEngine(loadCorpus(SEEDS));
    const withWords = engine.corpus.paragraphs.filter((p) => (p.keywords ?? []).length > 0).length;
    expect(withWords).toBe(engine.corpus.paragraphs.length);
  });
});
