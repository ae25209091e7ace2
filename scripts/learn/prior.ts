// The paragraph prior's training (src/engine/search/paragraph-prior.ts): softmax regression
// (regression.ts) over the labelled questions, each question's target spread evenly over the
// paragraphs that answer it. Written to seeds/prior.json.
import type { Corpus } from '../../src/engine/types.ts';
import { planQuery, type QueryPlan } from '../../src/engine/search/query.ts';
import { priorFeatures } from '../../src/engine/search/paragraph-prior.ts';
import { wordFeatures } from '../../src/engine/search/question-features.ts';
import type { FacetWeights } from '../../src/engine/search/facet-classifier.ts';
import type { SearchIndex } from '../../src/engine/search/index.ts';
import { answers } from '../eval/questions.ts';
import { noteOf } from './note-file.ts';
import type { TrainingQuestion } from './training-set.ts';
import { byKey, roundWeight, softmaxRegression } from './regression.ts';

const EPOCHS = 30;
const LEARNING_RATE = 0.2;
/** Weight decay each time a feature is seen, as for the facet classifier (0.03 and 0.3 did worse left out). */
const L2 = 0.1;
/** Smaller weights are left out of the file: a third as many, R@1 0.847 → 0.844 left out. */
const PRUNE_BELOW = 0.05;

const featuresOf = (plan: QueryPlan) => priorFeatures(wordFeatures(plan), plan.concepts, plan.facet);

/** Per paragraph, its entry of prior.json: the features' weights for it, rounded, the negligible ones left out. */
export function priorEntries(corpus: Corpus, index: SearchIndex, facetWeights: FacetWeights, questions: TrainingQuestion[]) {
  const examples = questions
    .map((q) => ({
      features: featuresOf(planQuery(q.q, index, facetWeights)),
      targets: corpus.paragraphs.flatMap((p, doc) => (answers(q, p.file, p.text) ? [doc] : [])),
    }))
    .filter((example) => example.targets.length > 0);
  const settings = { epochs: EPOCHS, rate: LEARNING_RATE, decay: L2 };
  const trained = [...softmaxRegression(examples, corpus.paragraphs.length, settings)].sort(byKey);
  return corpus.paragraphs.flatMap((paragraph, doc) => {
    const weights: Record<string, number> = {};
    for (const [feature, w] of trained) if (Math.abs(w[doc]!) >= PRUNE_BELOW) weights[feature] = roundWeight(w[doc]!);
    return Object.keys(weights).length === 0 ? [] : [noteOf(paragraph, { weights })];
  });
}
