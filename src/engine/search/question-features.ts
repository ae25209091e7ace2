// What the learned parts read of a question: its words (stopwords too: "who wrote" asks for a
// byline) and the terms of what it asks about. Each part adds how it reads synonyms.
import type { QueryPlan } from './query.ts';

export function wordFeatures(plan: QueryPlan): string[] {
  const features = new Set<string>();
  for (const term of plan.terms) features.add(`w:${term}`);
  for (const concept of plan.concepts) features.add(`t:${concept.term}`);
  return [...features];
}
