// The excerpt: the window of one to three consecutive sentences of a paragraph that best answers
// the question, within about 350 characters, cut at sentence boundaries (so always verbatim).
import type { Facet } from '../types.ts';
import type { IndexedParagraph } from './index.ts';
import type { WeightedConcept } from './rank.ts';

export const MAX_EXCERPT_CHARS = 350;
const MAX_SENTENCES = 3;
const FACET_WEIGHT = 0.15;
const FULLNESS_WEIGHT = 0.05;
/** A paragraph's first sentence usually says what it is about: it wins ties. */
const LEAD_BONUS = 0.25;

export interface ExcerptSpan {
  start: number;
  end: number;
}

/** The excerpt's span in the paragraph's text, and the sentences it covers (first and last). */
export interface Excerpt extends ExcerptSpan {
  from: number;
  to: number;
}

/**
 * Per concept and sentence, the weight of the concept's best alternative found there (0 if none),
 * worked out once per paragraph: each window then only takes maxima.
 */
function sentenceWeights(entry: IndexedParagraph, concepts: WeightedConcept[]): Float64Array[] {
  return concepts.map((concept) => {
    const inSentence = new Float64Array(entry.sentenceTerms.length);
    entry.sentenceTerms.forEach((terms, s) => {
      for (const [term, weight] of concept.alternatives) if (weight > inSentence[s]! && terms.has(term)) inSentence[s] = weight;
    });
    return inSentence;
  });
}

function windowScore(entry: IndexedParagraph, from: number, to: number, concepts: WeightedConcept[], weights: Float64Array[], facet: Facet | null): number {
  let score = 0;
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!;
    const inSentence = weights[c]!;
    let best = 0;
    for (let s = from; s <= to; s++) if (inSentence[s]! > best) best = inSentence[s]!;
    score += best * concept.idf * (concept.role === 'required' ? 1 : 0.3);
  }
  if (facet) {
    let strength = 0;
    for (let s = from; s <= to; s++) strength += entry.sentenceFacetStrength[s]![facet];
    score += FACET_WEIGHT * Math.min(strength, 6);
  }
  return score;
}

function isTitle(text: string, sentence: ExcerptSpan): boolean {
  return sentence.end - sentence.start < 80 && !/[.!?:;"'”’]$/u.test(text.slice(sentence.start, sentence.end));
}

/** The best window of the paragraph for these concepts, as offsets into its text. */
export function bestExcerpt(entry: IndexedParagraph, concepts: WeightedConcept[], facet: Facet | null): Excerpt {
  const { sentences, text } = entry.paragraph;
  if (sentences.length === 0) return { start: 0, end: text.length, from: 0, to: -1 };
  const weights = sentenceWeights(entry, concepts);
  let best: { span: Excerpt; score: number } | null = null;
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      const span = { start: sentences[from]!.start, end: sentences[to]!.end, from, to };
      const length = span.end - span.start;
      if (to > from && length > MAX_EXCERPT_CHARS) break;
      // A list item's title ("Security Imperatives") is no sentence to quote; a lead-in
      // ("…carries risks:") is no answer without what follows it.
      if (from + 1 < sentences.length && isTitle(text, sentences[from]!)) continue;
      if (to + 1 < sentences.length && text.slice(span.start, span.end).endsWith(':')) continue;
      const score =
        windowScore(entry, from, to, concepts, weights, facet) + FULLNESS_WEIGHT * (Math.min(length, MAX_EXCERPT_CHARS) / MAX_EXCERPT_CHARS) + (from === 0 ? LEAD_BONUS : 0);
      if (!best || score > best.score + 1e-9) best = { span, score };
    }
  }
  return best!.span;
}
