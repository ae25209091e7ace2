// The topic classifier's training (src/engine/search/topic-classifier.ts): logistic regression by
// stochastic gradient descent over the labelled questions, answerable against off-topic, in a
// fixed order. Off-topic questions are fewer; together they count as much as the answerable ones.
// Shuffled and averaged as the softmax trainers are (regression.ts), its log-odds came out milder:
// 12 fewer off-topic questions declined, and at a bar declining as many, no answer was better.
import { planQuery } from '../../src/engine/search/query.ts';
import { PageFurniture } from '../../src/engine/search/furniture-question.ts';
import { weighConcepts } from '../../src/engine/search/rank.ts';
import { wordFeatures } from '../../src/engine/search/question-features.ts';
import { topicFeatures, type TopicWeights } from '../../src/engine/search/topic-classifier.ts';
import type { FacetWeights } from '../../src/engine/search/facet-classifier.ts';
import type { SearchIndex } from '../../src/engine/search/index.ts';
import type { TrainingQuestion } from './training-set.ts';
import { byKey, roundWeight } from './regression.ts';

const EPOCHS = 30;
const LEARNING_RATE = 0.1;
/** Weight decay each time a feature is seen (0.1 and 0.02 did worse left out). */
const L2 = 0.05;
const PRUNE_BELOW = 0.005;

export function topicWeightsFrom(index: SearchIndex, facetWeights: FacetWeights, questions: TrainingQuestion[]): TopicWeights {
  const furniture = new PageFurniture(index.corpus.pageFurniture, index);
  const examples = questions.flatMap((q) => {
    const plan = planQuery(q.q, index, facetWeights);
    // A question quoting page furniture is declined by rule, before the classifier: learning it
    // taught words such as "share" as off-topic, and declined "Do Afghanistan and Tajikistan share a border?".
    if (furniture.isQuotedBy(plan.concepts.map((concept) => concept.term))) return [];
    return [{ features: topicFeatures(wordFeatures(plan), weighConcepts(plan, index)), onTopic: q.negative ? 0 : 1 }];
  });
  const offTopic = examples.filter((e) => e.onTopic === 0).length;
  const balance = offTopic === 0 ? 1 : (examples.length - offTopic) / offTopic;
  const weights = new Map<string, number>();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, onTopic } of examples) {
      let logit = 0;
      for (const feature of features) logit += weights.get(feature) ?? 0;
      const error = (1 / (1 + Math.exp(-logit)) - onTopic) * (onTopic === 0 ? balance : 1);
      for (const feature of features) {
        const w = weights.get(feature) ?? 0;
        weights.set(feature, w - LEARNING_RATE * (error + L2 * w));
      }
    }
  }
  const kept = [...weights].filter(([, w]) => Math.abs(w) >= PRUNE_BELOW).sort(byKey);
  return Object.fromEntries(kept.map(([feature, w]) => [feature, roundWeight(w)]));
}
