// What the learned parts read of a question: its words (stopwords too: "who wrote" asks for a
// byline), the terms of what it asks about, and the synonyms those are searched by (so a
// question worded with one member of a synonym group is read like one worded with another).
import type { QueryPlan } from './query.ts';

export function wordFeatures(plan: QueryPlan): string[] {
  const features = new Set<string>();
  for (const term of plan.terms) features.add(`w:${term}`);
  for (const concept of plan.concepts) {
    features.add(`t:${concept.term}`);
    for (const term of concept.alternatives.keys()) features.add(`a:${term}`);
  }
  return [...features];
}
