// Whether a question is about this coverage at all, as learned from the labelled tuning questions
// (answerable against off-topic): a logistic classifier over the question's word features
// (question-features.ts). Its log-odds move the decline bar, within bounds (search/rank.ts); they
// never make a paragraph a candidate, so an on-topic reading of a question no paragraph's words
// match still finds nothing. Trained by `npm run train` into topic-weights.ts.

import type { WeightedConcept } from './rank.ts';
import { meaningOf } from './query.ts';
import { analyzeWords } from '../text/analyzer.ts';
import { CHAT_FILLER } from '../text/lexicon.ts';

const CHAT_FILLER_TERMS = new Set(CHAT_FILLER.flatMap((word) => analyzeWords(word).map((analyzed) => analyzed.term)));

/** Per feature, its weight towards "about the coverage"; "bias" for every question. */
export type TopicWeights = Readonly<Record<string, number>>;

/**
 * "bias", the word features, each concept's meaning ("m:", its synonym group's first term), and one
 * "unsaid:k" for each k up to the number of distinctive words no article says. A meaning counts
 * once: one feature per synonym would count a word with a large group ("object": critic, condemn,
 * backlash...) a dozen times. And a word the classifier never met would otherwise count for
 * nothing ("is coffee bad for your heart" would be read by "is", "bad" and "for" alone).
 * A word counts once too: a term ("t:") or meaning ("m:") that is already a word feature is not
 * added again. Read twice, as word and term, "vote" (learned from off-topic questions about UN
 * votes) counted -3.0, and "Did Russian lawmakers vote on a bill about the Taliban's terror
 * status?" reached -4.5 and was declined. Left out on the 29 tuning sets: 405 → 419 of 476
 * off-topic declined, R@3 0.959 → 0.958, MRR@5 0.923.
 */
export function topicFeatures(words: string[], concepts: WeightedConcept[]): string[] {
  // The story's own subject words ("Russia", "recognise") are in answerable and near-subject
  // off-topic questions alike: learned, they read as off-topic cues and declined "When did Russia
  // recognise the Taliban?". Chat filler ("pls", "lol") says nothing of a subject either, but
  // "pls" had learned -2.8 from a few off-topic questions and declined "summary pls".
  const subject = new Set(concepts.filter((concept) => concept.role === 'generic').map((concept) => concept.term));
  const plainWords = new Set(words.filter((feature) => feature.startsWith('w:')).map((feature) => feature.slice(2)));
  const features = new Set(['bias', ...words.filter((feature) => {
    const term = feature.slice(feature.indexOf(':') + 1);
    if (feature.startsWith('t:') && plainWords.has(term)) return false;
    return !subject.has(term) && !CHAT_FILLER_TERMS.has(term);
  })]);
  let unsaid = 0;
  for (const concept of concepts) {
    if (concept.role === 'generic') continue;
    const meaning = meaningOf(concept.term);
    if (!plainWords.has(meaning)) features.add(`m:${meaning}`);
    if (concept.role === 'required' && !concept.said) features.add(`unsaid:${++unsaid}`);
  }
  return [...features];
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
