// An engine whose learned parts (the facet classifier, the asked words) come from the given
// questions only: what `npm run eval` answers a tuning set with, trained without that set.
import { corpusOf, type SeedFiles } from '../../src/engine/corpus/load.ts';
import { ASKED_FILE } from '../../src/engine/corpus/keywords.ts';
import { createEngine, type Engine } from '../../src/engine/engine.ts';
import { SearchIndex } from '../../src/engine/search/index.ts';
import { askedEntries, askedFileText } from './asked.ts';
import { exampleOf, facetWeightsFrom } from './facets.ts';
import type { TrainingQuestion } from './training-set.ts';

export function learnedEngine(seeds: SeedFiles, questions: TrainingQuestion[]): Engine {
  const others = seeds.keywordFiles.filter((file) => file.name !== ASKED_FILE);
  const asked = askedFileText(askedEntries(corpusOf({ ...seeds, keywordFiles: others }), questions));
  const corpus = corpusOf({ ...seeds, keywordFiles: [...others, { name: ASKED_FILE, text: asked }] });
  return createEngine(corpus, new SearchIndex(corpus), facetWeightsFrom(questions.map(exampleOf)));
}
