// Which facet a question asks about: a softmax classifier over the question's words, word pairs,
// first word and the cue rules' own reading (facetOfQuestion). People ask "why" in many ways
// ("what's in it for moscow", "is this just spite vs the west"), and labelled questions teach
// more of them than cue lists do. Trained on the tuning sets by `npm run train`, which prints how
// well it reads a set it was not trained on against the cue rules alone (facet-weights.ts records it).
import type { Facet } from '../types.ts';
import type { AnalyzedWord } from '../text/analyzer.ts';

/** The classes, in the order of each feature's weights: no facet (background), then the facets. */
export const FACET_CLASSES = [null, 'drivers', 'risks', 'reactions'] as const satisfies ReadonlyArray<Facet | null>;

export type FacetWeights = Readonly<Record<string, readonly number[]>>;

/** The features of a question: its analysed words (stopwords too: "why", "how"), each pair of them, its first word, the rules' facet. */
export function facetFeatures(analyzed: AnalyzedWord[], ruleFacet: Facet | null): string[] {
  const terms = analyzed.map((word) => word.term);
  const features = new Set<string>(['bias', `rule:${ruleFacet}`, `first:${analyzed[0]?.words[0] ?? ''}`]);
  for (const [i, term] of terms.entries()) {
    features.add(`w:${term}`);
    if (i + 1 < terms.length) features.add(`b:${term}_${terms[i + 1]}`);
  }
  return [...features];
}

/** Each class's score: the sum of the features' weights (features without weights add nothing). */
export function classScores(features: string[], weights: FacetWeights): number[] {
  const scores = FACET_CLASSES.map(() => 0);
  for (const feature of features) {
    const row = weights[feature];
    if (row) for (let c = 0; c < scores.length; c++) scores[c]! += row[c]!;
  }
  return scores;
}

export function classifyFacet(features: string[], weights: FacetWeights): Facet | null {
  const scores = classScores(features, weights);
  return FACET_CLASSES[scores.indexOf(Math.max(...scores))]!;
}
