// Which paragraph a question is after, as learned from the labelled tuning questions: a softmax
// classifier over the corpus's paragraphs, whose features are the question's words (stopwords
// too: "who wrote" asks for a byline), the synonyms it is searched by and the facet it asks about.
// Trained by `npm run train` into seeds/prior.json. It only reorders: a paragraph the question's
// words do not find is never added, and whether a question is answered never rests on it.
import type { Paragraph } from '../types.ts';
import type { QueryPlan } from './query.ts';

export function priorFeatures(plan: QueryPlan): string[] {
  const features = new Set<string>([`f:${plan.facet}`]);
  for (const term of plan.terms) features.add(`w:${term}`);
  for (const concept of plan.concepts) {
    features.add(`t:${concept.term}`);
    for (const term of concept.alternatives.keys()) features.add(`a:${term}`);
  }
  return [...features];
}

export class ParagraphPrior {
  /** feature → the paragraphs (by number) it has a weight for, and the weights. */
  private readonly rows = new Map<string, Array<[number, number]>>();
  private readonly size: number;

  constructor(paragraphs: Paragraph[]) {
    this.size = paragraphs.length;
    paragraphs.forEach((paragraph, doc) => {
      for (const feature in paragraph.prior) {
        let row = this.rows.get(feature);
        if (!row) this.rows.set(feature, (row = []));
        row.push([doc, paragraph.prior[feature]!]);
      }
    });
  }

  /** Each paragraph's probability, for the paragraphs a feature has a weight for (the others share what is left). */
  probabilities(features: string[]): Map<number, number> {
    const logits = new Map<number, number>();
    for (const feature of features) {
      for (const [doc, weight] of this.rows.get(feature) ?? []) logits.set(doc, (logits.get(doc) ?? 0) + weight);
    }
    if (logits.size === 0) return logits;
    // The unlisted paragraphs' logit is 0: shifting by the top keeps every exponent at most 0.
    let top = 0;
    for (const logit of logits.values()) if (logit > top) top = logit;
    let sum = (this.size - logits.size) * Math.exp(-top);
    for (const logit of logits.values()) sum += Math.exp(logit - top);
    const probabilities = new Map<number, number>();
    for (const [doc, logit] of logits) probabilities.set(doc, Math.exp(logit - top) / sum);
    return probabilities;
  }
}
