// The words people used asking for each paragraph (seeds/asked.json, written by `npm run train`
// from the labelled tuning questions): up to date with the sets, and a help to finding the
// paragraph that never shows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';
import { askedEntries, askedFileText } from '../scripts/learn/asked.ts';
import { trainingSet } from '../scripts/learn/training-set.ts';
import { smallEngine } from './support/small-corpus.ts';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));

describe('asked words', () => {
  it('seeds/asked.json holds the words of the tuning questions each paragraph answers (after editing a set, run npm run train)', () => {
    const corpus = loadCorpus(SEEDS);
    expect(readFileSync(new URL('../seeds/asked.json', import.meta.url), 'utf8')).toBe(askedFileText(askedEntries(corpus, trainingSet())));
  });

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
    const results = smallEngine([short, smuggled], null, askedFileText(entries)).ask(question).results;
    expect(results[0]?.text).toBe(smuggled);
    for (const result of results) expect(`${result.text} ${result.excerpt}`).not.toMatch(/smuggl/i);
  });

  it('the engine built from the seeds folder uses them', () => {
    const engine = createEngine(loadCorpus(SEEDS));
    const withWords = engine.corpus.paragraphs.filter((p) => (p.keywords ?? []).length > 0).length;
    expect(withWords).toBe(engine.corpus.paragraphs.length);
  });
});
