// An engine whose learned parts (the facet and topic classifiers, the asked words, the paragraph
// prior) come from the given questions only: what `npm run eval` answers a tuning set with,
// trained without it.
import { corpusOf, type SeedFiles } from '../../src/engine/corpus/load.ts';
import { ASKED_FILE, PRIOR_FILE } from '../../src/engine/corpus/paragraph-notes.ts';
import { createEngine, type Engine } from '../../src/engine/engine.ts';
import type { FacetWeights } from '../../src/engine/search/facet-classifier.ts';
import { SearchIndex } from '../../src/engine/search/index.ts';
import type { Corpus } from '../../src/engine/types.ts';
import { askedEntries } from './asked.ts';
import { exampleOf, facetWeightsFrom } from './facets.ts';
import { noteFileText } from './note-file.ts';
import { priorEntries } from './prior.ts';
import { topicWeightsFrom } from './topic.ts';
import type { TopicWeights } from '../../src/engine/search/topic-classifier.ts';
import type { TrainingQuestion } from './training-set.ts';

export interface LearnedParts {
  facetWeights: FacetWeights;
  topicWeights: TopicWeights;
  asked: string;
  prior: string;
}

/** The note files an editor writes (not the trainer). */
const editorialNotes = (seeds: SeedFiles) => seeds.noteFiles.filter((file) => file.name !== ASKED_FILE && file.name !== PRIOR_FILE);

/** Each learned part in turn, from the corpus with the parts learned before it (the prior and topic classifier plan questions with the asked words and facets). */
export function learnedParts(seeds: SeedFiles, questions: TrainingQuestion[]): LearnedParts {
  const editorial = editorialNotes(seeds);
  const asked = noteFileText(askedEntries(corpusOf({ ...seeds, noteFiles: editorial }), questions));
  const withAsked = corpusOf({ ...seeds, noteFiles: [...editorial, { name: ASKED_FILE, text: asked }] });
  const facetWeights = facetWeightsFrom(questions.filter((q) => !q.negative).map(exampleOf));
  const index = new SearchIndex(withAsked);
  const prior = noteFileText(priorEntries(withAsked, index, facetWeights, questions));
  return { facetWeights, topicWeights: topicWeightsFrom(index, facetWeights, questions), asked, prior };
}

export function corpusWith(seeds: SeedFiles, { asked, prior }: LearnedParts): Corpus {
  return corpusOf({ ...seeds, noteFiles: [...editorialNotes(seeds), { name: ASKED_FILE, text: asked }, { name: PRIOR_FILE, text: prior }] });
}

export function learnedEngine(seeds: SeedFiles, questions: TrainingQuestion[]): Engine {
  const parts = learnedParts(seeds, questions);
  return createEngine(corpusWith(seeds, parts), undefined, { facets: parts.facetWeights, topic: parts.topicWeights });
}
