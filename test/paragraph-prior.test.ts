// The paragraph prior (seeds/prior.json, written by `npm run train`): learned from the labelled
// tuning questions, it puts first the paragraph such questions were after, and only reorders what
// the question's own words find.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, readSeedFolder } from '../src/engine/corpus/load.ts';
import { FACET_WEIGHTS } from '../src/engine/search/facet-weights.ts';
import { learnedParts } from '../scripts/learn/learned-engine.ts';
import { noteFileText } from '../scripts/learn/note-file.ts';
import { priorEntries } from '../scripts/learn/prior.ts';
import { softmaxRegression } from '../scripts/learn/regression.ts';
import { trainingSet, type TrainingQuestion } from '../scripts/learn/training-set.ts';
import { smallEngine } from './support/small-corpus.ts';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const PRICES = 'Wheat prices rose again this spring.';
const CARRIED = 'Traders said wheat was carried over the mountain passes at night, past the posts, and sold in the bazaars of the next valley.';
const MILLED = 'Wheat from the north was milled in the town before the winter.';
const PARAGRAPHS = [PRICES, CARRIED, MILLED];

/** A prior.json trained on these questions, each answered by the paragraph holding its phrase. */
function priorTaught(questions: Array<[string, string]>): string {
  const untaught = smallEngine(PARAGRAPHS);
  const labelled: TrainingQuestion[] = questions.map(([q, phrase], i) => ({ id: `t${i}`, set: 'taught.jsonl', q, facet: null, gold: [['trade', phrase]] }));
  return noteFileText(priorEntries(untaught.corpus, untaught.index, FACET_WEIGHTS, labelled));
}

describe('the paragraph prior', () => {
  it('seeds/asked.json and seeds/prior.json are what npm run train writes from the tuning sets (after editing a set, run it)', () => {
    const parts = learnedParts(readSeedFolder(SEEDS), trainingSet());
    expect(readFileSync(new URL('../seeds/asked.json', import.meta.url), 'utf8')).toBe(parts.asked);
    expect(readFileSync(new URL('../seeds/prior.json', import.meta.url), 'utf8')).toBe(parts.prior);
  });

  it('puts first the paragraph that questions worded alike were after, and keeps the others', () => {
    const question = 'where does the wheat go';
    const untaught = smallEngine(PARAGRAPHS).ask(question).results.map((r) => r.text);
    expect(untaught[0]).not.toBe(CARRIED);
    const prior = priorTaught([['where does all the wheat go', 'mountain passes'], ['where did the wheat end up', 'mountain passes']]);
    const taught = smallEngine(PARAGRAPHS, { prior }).ask(question).results.map((r) => r.text);
    expect(taught[0]).toBe(CARRIED);
    expect(new Set(taught)).toEqual(new Set(untaught));
  });

  it('never adds a paragraph the question does not find, nor answers a question the articles do not cover', () => {
    const prior = priorTaught([['wheat prices this spring', 'mountain passes'], ['capital of Australia', 'mountain passes']]);
    const engine = smallEngine(PARAGRAPHS, { prior });
    expect(engine.ask('prices this spring').results.map((r) => r.text)).toEqual([PRICES]);
    expect(engine.ask('capital of Australia').results).toEqual([]);
  });

  it('learns questions that disagree evenly as even, whichever come last, and the same each time', () => {
    // In one fixed order, the questions seen last pulled the weights their way (0.42 against 0.58).
    const settings = { epochs: 30, rate: 0.2, decay: 0.1 };
    const disagreeing = [0, 0, 0, 1, 1, 1].map((paragraph) => ({ features: ['where'], targets: [paragraph] }));
    for (const examples of [disagreeing, disagreeing.slice().reverse()]) {
      const [first, second] = softmaxRegression(examples, 2, settings).get('where')!;
      expect(Math.abs(1 / (1 + Math.exp(second! - first!)) - 0.5)).toBeLessThan(0.03);
      expect(softmaxRegression(examples, 2, settings)).toEqual(softmaxRegression(examples, 2, settings));
    }
  });

  it('the corpus loaded from the seeds folder has it for every paragraph', () => {
    const paragraphs = loadCorpus(SEEDS).paragraphs;
    expect(paragraphs.filter((p) => Object.keys(p.prior ?? {}).length > 0)).toHaveLength(paragraphs.length);
  });
});
