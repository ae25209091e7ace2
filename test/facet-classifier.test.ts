// The facet a question asks about, read by a classifier trained on the labelled tuning questions:
// its weights match the sets as they stand, it adds up what it was taught, and a facet it reads
// into a question that asks about nothing does not make that question answered.
import { describe, expect, it } from 'vitest';
import { classifyFacet, classScores, facetFeatures, FACET_CLASSES } from '../src/engine/search/facet-classifier.ts';
import { FACET_TRAINING_DIGEST } from '../src/engine/search/facet-weights.ts';
import { questionFacetFeatures } from '../src/engine/search/query.ts';
import { analyzeWords } from '../src/engine/text/analyzer.ts';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine, TRAINED } from '../src/engine/engine.ts';
import { trainingDigest, trainingSet } from '../scripts/learn/training-set.ts';

const engine = createEngine(loadCorpus(new URL('../seeds', import.meta.url).pathname));

describe('the facet classifier', () => {
  it('was trained on the tuning sets as they stand (after editing one, run npm run train)', () => {
    expect(FACET_TRAINING_DIGEST).toBe(trainingDigest(trainingSet()));
  });

  it('reads a question by its words (question words too), its word pairs, its first word and the cue rules', () => {
    const features = facetFeatures(analyzeWords('Why did Moscow act'), 'drivers');
    expect(features).toEqual(expect.arrayContaining(['bias', 'rule:drivers', 'first:why', 'w:why', 'b:why_did', 'w:russia', 'b:russia_act']));
    expect(questionFacetFeatures('how did beijing react')).toContain('rule:reactions');
    expect(questionFacetFeatures('what even is this')).toContain('rule:null');
  });

  it('picks the class whose weights add up highest; a feature it never learned adds nothing', () => {
    const weights = { 'w:fear': [0, 0, 2, 0], 'w:why': [0, 1.5, 0, 0], bias: [0.5, 0, 0, 0] };
    expect(classScores(['w:why', 'w:fear', 'bias', 'w:unheard'], weights)).toEqual([0.5, 1.5, 2, 0]);
    expect(classifyFacet(['w:why', 'w:fear', 'bias'], weights)).toBe('risks');
    expect(classifyFacet(['w:why', 'bias'], weights)).toBe('drivers');
    expect(classifyFacet(['bias'], weights)).toBe(FACET_CLASSES[0]);
    expect(classifyFacet(['w:unheard'], weights)).toBe(FACET_CLASSES[0]);
  });

  it('a facet read into a question that asks about nothing finds nothing', () => {
    // A classifier that reads "drivers" into everything, whatever the words.
    const alwaysDrivers = createEngine(engine.corpus, engine.index, { ...TRAINED, facets: { bias: [0, 1, 0, 0] } });
    for (const question of ['what even is this', 'so what', 'tell me more']) {
      expect(alwaysDrivers.ask(question).facet).toBe('drivers');
      expect(alwaysDrivers.ask(question).results).toEqual([]);
    }
    // Cued in so many words, the same facet is answered from the paragraphs that speak to it.
    expect(alwaysDrivers.ask('why?').results.length).toBeGreaterThan(0);
  });
});
