// Whether a question is about this coverage at all, as learned from the labelled tuning questions
// (answerable against off-topic): a logistic classifier over the question's word features
// (question-features.ts). Its log-odds move the decline bar, within bounds (search/rank.ts); they
// never make a paragraph a candidate, so an on-topic reading of a question no paragraph's words
// match still finds nothing. Trained by `npm run train` into topic-weights.ts.

/** Per feature, its weight towards "about the coverage"; "bias" for every question. */
export type TopicWeights = Readonly<Record<string, number>>;

export function topicFeatures(words: string[]): string[] {
  return ['bias', ...words];
}

export class TopicClassifier {
  private readonly weights: Map<string, number>;

  constructor(weights: TopicWeights) {
    this.weights = new Map(Object.entries(weights));
  }

  /** The log-odds that the question is about the coverage (features without weights add nothing). */
  logit(features: string[]): number {
    let logit = 0;
    for (const feature of features) logit += this.weights.get(feature) ?? 0;
    return logit;
  }
}
