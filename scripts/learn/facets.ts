// The facet classifier's training: softmax regression (regression.ts) over the labelled questions.
import { FACET_CLASSES, type FacetWeights } from '../../src/engine/search/facet-classifier.ts';
import { questionFacetFeatures } from '../../src/engine/search/query.ts';
import type { TrainingQuestion } from './training-set.ts';
import { byKey, roundWeight, softmaxRegression } from './regression.ts';

/** With the weights averaged over the last half (regression.ts), 30 epochs and 0.05 read 0.857–0.860 left out; 60 and 0.1 read 0.849. */
const EPOCHS = 30;
const LEARNING_RATE = 0.2;
/**
 * Weight decay, applied to a feature's weights each time the feature is seen, so common words
 * are held back more than rare ones (a uniform decay each round did worse: 0.77 left out).
 * 0.03 and 0.1 did worse, and 0.2 and 0.001 before the averaging.
 */
const L2 = 0.05;
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

/** The weights that ship: rounded, the negligible ones dropped. */
function shipped(weights: Map<string, Float64Array>): Array<[string, number[]]> {
  return [...weights]
    .filter(([, w]) => w.some((x) => Math.abs(x) >= PRUNE_BELOW))
    .map(([feature, w]): [string, number[]] => [feature, [...w].map(roundWeight)])
    .sort(byKey);
}

/** A labelled question as the trainer reads it. */
export function exampleOf(q: TrainingQuestion): Example {
  return { set: q.set, features: questionFacetFeatures(q.q), label: FACET_CLASSES.indexOf(q.facet) };
}

/** The weights a model trained on these examples ships with. */
export function facetWeightsFrom(examples: Example[]): FacetWeights {
  const labelled = examples.map(({ features, label }) => ({ features, targets: [label] }));
  return Object.fromEntries(shipped(softmaxRegression(labelled, FACET_CLASSES.length, { epochs: EPOCHS, rate: LEARNING_RATE, decay: L2 })));
}
