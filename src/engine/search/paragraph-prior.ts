// Which paragraph a question is after, as learned from the labelled tuning questions: a softmax
// classifier over the corpus's paragraphs, whose features are the question's word features
// (question-features.ts) and the facet it asks about. Trained by `npm run train` into
// seeds/prior.json. It only reorders: a paragraph the question's words do not find is never
// added, and whether a question is answered never rests on it.
import type { Facet, Paragraph } from '../types.ts';
import type { Concept } from './query.ts';

/**
 * The facet, the word features and every synonym a concept is searched by ("a:"), so that a
 * paragraph asked for with one word of a group is found by the others.
 */
export function priorFeatures(words: string[], concepts: Concept[], facet: Facet | null): string[] {
  const features = new Set([`f:${facet}`, ...words]);
  for (const concept of concepts) for (const term of concept.alternatives.keys()) features.add(`a:${term}`);
  return [...features];
}

export class ParagraphPrior {
  /** The paragraphs (by number) that have weights: few, even in a large corpus. */
  private readonly docs: number[] = [];
  /** feature → the slots (in `docs`) it has a weight for, and the weights. */
  private readonly rows = new Map<string, Array<[number, number]>>();
  private readonly size: number;
  private readonly logits: Float64Array;

  constructor(paragraphs: Paragraph[]) {
    this.size = paragraphs.length;
    paragraphs.forEach((paragraph, doc) => {
      if (!paragraph.prior) return;
      const slot = this.docs.push(doc) - 1;
      for (const feature in paragraph.prior) {
        let row = this.rows.get(feature);
        if (!row) this.rows.set(feature, (row = []));
        row.push([slot, paragraph.prior[feature]!]);
      }
    });
    this.logits = new Float64Array(this.docs.length);
  }

  /** Each paragraph's probability, for the paragraphs that have weights (the others share what is left). */
  probabilities(features: string[]): Map<number, number> {
    const { logits, docs } = this;
    const probabilities = new Map<number, number>();
    if (docs.length === 0) return probabilities;
    logits.fill(0);
    for (const feature of features) for (const [slot, weight] of this.rows.get(feature) ?? []) logits[slot]! += weight;
    // The paragraphs without weights have logit 0: shifting by the top keeps every exponent at most 0.
    let top = 0;
    for (const logit of logits) if (logit > top) top = logit;
    let sum = (this.size - docs.length) * Math.exp(-top);
    for (let slot = 0; slot < docs.length; slot++) sum += logits[slot] = Math.exp(logits[slot]! - top);
    for (let slot = 0; slot < docs.length; slot++) probabilities.set(docs[slot]!, logits[slot]! / sum);
    return probabilities;
  }
}
