// The paragraph prior's training (src/engine/search/paragraph-prior.ts): softmax regression by
// stochastic gradient descent over the labelled questions, in a fixed order, each question's
// target spread evenly over the paragraphs that answer it. Written to seeds/prior.json.
import type { Corpus } from '../../src/engine/types.ts';
import { planQuery, type QueryPlan } from '../../src/engine/search/query.ts';
import { priorFeatures } from '../../src/engine/search/paragraph-prior.ts';
import { wordFeatures } from '../../src/engine/search/question-features.ts';
import type { FacetWeights } from '../../src/engine/search/facet-classifier.ts';
import type { SearchIndex } from '../../src/engine/search/index.ts';
import { answers } from '../eval/questions.ts';
import { noteOf } from './note-file.ts';
import type { TrainingQuestion } from './training-set.ts';

const EPOCHS = 30;
const LEARNING_RATE = 0.2;
/** Weight decay each time a feature is seen, as for the facet classifier (0.03 and 0.3 did worse left out). */
const L2 = 0.1;
/** Smaller weights are left out of the file: a third as many, R@1 0.847 → 0.844 left out. */
const PRUNE_BELOW = 0.05;

const featuresOf = (plan: QueryPlan) => priorFeatures(wordFeatures(plan), plan.concepts, plan.facet);

interface Example {
  features: string[];
  /** The paragraphs (by number) that answer it. */
  targets: number[];
}

function train(examples: Example[], classes: number): Map<string, Float64Array> {
  const weights = new Map<string, Float64Array>();
  const row = (feature: string) => {
    let w = weights.get(feature);
    if (!w) weights.set(feature, (w = new Float64Array(classes)));
    return w;
  };
  const probabilities = new Float64Array(classes);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, targets } of examples) {
      const rows = features.map(row);
      probabilities.fill(0);
      for (const w of rows) for (let c = 0; c < classes; c++) probabilities[c]! += w[c]!;
      const top = Math.max(...probabilities);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += probabilities[c] = Math.exp(probabilities[c]! - top);
      for (let c = 0; c < classes; c++) probabilities[c]! /= sum;
      for (const w of rows) {
        for (let c = 0; c < classes; c++) w[c]! -= LEARNING_RATE * (probabilities[c]! + L2 * w[c]!);
        for (const t of targets) w[t]! += LEARNING_RATE / targets.length;
      }
    }
  }
  return weights;
}

/** Per paragraph, its entry of prior.json: the features' weights for it, rounded, the negligible ones left out. */
export function priorEntries(corpus: Corpus, index: SearchIndex, facetWeights: FacetWeights, questions: TrainingQuestion[]) {
  const examples = questions
    .map((q) => ({
      features: featuresOf(planQuery(q.q, index, facetWeights)),
      targets: corpus.paragraphs.flatMap((p, doc) => (answers(q, p.file, p.text) ? [doc] : [])),
    }))
    .filter((example) => example.targets.length > 0);
  const trained = [...train(examples, corpus.paragraphs.length)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return corpus.paragraphs.flatMap((paragraph, doc) => {
    const weights: Record<string, number> = {};
    for (const [feature, w] of trained) if (Math.abs(w[doc]!) >= PRUNE_BELOW) weights[feature] = Math.round(w[doc]! * 1000) / 1000;
    return Object.keys(weights).length === 0 ? [] : [noteOf(paragraph, { weights })];
  });
}
