// The facet classifier's training: softmax regression by stochastic gradient descent over the
// labelled questions, in a fixed order (the same questions give the same weights).
import { FACET_CLASSES, type FacetWeights } from '../../src/engine/search/facet-classifier.ts';
import { questionFacetFeatures } from '../../src/engine/search/query.ts';
import type { TrainingQuestion } from './training-set.ts';

const EPOCHS = 60;
const LEARNING_RATE = 0.2;
/**
 * Weight decay, applied to a feature's weights each time the feature is seen, so common words
 * are held back more than rare ones (a uniform decay each round did worse: 0.77 left out).
 * From the leave-one-set-out plateau (0.05–0.1 alike; 0.2 and 0.001 worse).
 */
const L2 = 0.1;
/**
 * Features whose weights all stay this small are left out of the file (leave-one-set-out accuracy
 * 0.817 → 0.812; 0.1 and 0.2 cost more). Features seen in one question only stay: dropping them
 * cost 0.04, as they keep each question's quirks from loading onto the shared words.
 */
const PRUNE_BELOW = 0.05;

export interface Example {
  set: string;
  features: string[];
  label: number;
}

function train(examples: Example[]): Map<string, number[]> {
  const weights = new Map<string, number[]>();
  const row = (feature: string) => {
    let w = weights.get(feature);
    if (!w) weights.set(feature, (w = FACET_CLASSES.map(() => 0)));
    return w;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, label } of examples) {
      const scores = FACET_CLASSES.map(() => 0);
      for (const feature of features) row(feature).forEach((w, c) => (scores[c]! += w));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      for (const feature of features) {
        const w = row(feature);
        for (let c = 0; c < w.length; c++) w[c]! -= LEARNING_RATE * (exps[c]! / sum - (c === label ? 1 : 0) + L2 * w[c]!);
      }
    }
  }
  return weights;
}

/** The weights that ship: rounded, the negligible ones dropped. */
function shipped(weights: Map<string, number[]>): Array<[string, number[]]> {
  const round = (w: number) => Math.round(w * 1000) / 1000;
  return [...weights]
    .filter(([, w]) => w.some((x) => Math.abs(x) >= PRUNE_BELOW))
    .map(([feature, w]): [string, number[]] => [feature, w.map(round)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A labelled question as the trainer reads it. */
export function exampleOf(q: TrainingQuestion): Example {
  return { set: q.set, features: questionFacetFeatures(q.q), label: FACET_CLASSES.indexOf(q.facet) };
}

/** The weights a model trained on these examples ships with. */
export function facetWeightsFrom(examples: Example[]): FacetWeights {
  return Object.fromEntries(shipped(train(examples)));
}
