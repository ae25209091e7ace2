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
  /** The share of the question's distinctive concepts (by mass) the window itself holds. */
  coverage: number;
  /** Which of those concepts the window holds, as one key ("" for none): excerpts alike in it answer alike. */
  answers: string;
}

/** Scratch space for sentenceWeights, kept between calls: answers are computed one at a time. */
let scratch = new Float64Array(256);

/**
 * Per concept and sentence (at `c * sentences + s`), the weight of the concept's best alternative
 * found there (0 if none), worked out once per paragraph: each window then only takes maxima.
 * Valid until the next call.
 */
function sentenceWeights(entry: IndexedParagraph, concepts: WeightedConcept[]): Float64Array {
  const sentences = entry.sentenceTerms.length;
  const size = concepts.length * sentences;
  if (scratch.length < size) scratch = new Float64Array(size);
  const weights = scratch;
  weights.fill(0, 0, size);
  for (let c = 0; c < concepts.length; c++) {
    const alternatives = concepts[c]!.alternatives;
    for (let s = 0; s < sentences; s++) {
      const terms = entry.sentenceTerms[s]!;
      const at = c * sentences + s;
      for (const [term, weight] of alternatives) if (weight > weights[at]! && terms.has(term)) weights[at] = weight;
    }
  }
  return weights;
}

/** The weight of concept `c`'s best alternative found in sentences `from`–`to` (0 if none). */
function bestWeightIn(weights: Float64Array, sentences: number, c: number, from: number, to: number): number {
  let best = 0;
  for (let s = from; s <= to; s++) if (weights[c * sentences + s]! > best) best = weights[c * sentences + s]!;
  return best;
}

function windowScore(entry: IndexedParagraph, from: number, to: number, concepts: WeightedConcept[], weights: Float64Array, facet: Facet | null): number {
  const sentences = entry.sentenceTerms.length;
  let score = 0;
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!;
    score += bestWeightIn(weights, sentences, c, from, to) * concept.idf * (concept.role === 'required' ? 1 : 0.3);
  }
  if (facet) {
    let strength = 0;
    for (let s = from; s <= to; s++) strength += entry.sentenceFacetStrength[s]![facet];
    score += FACET_WEIGHT * Math.min(strength, 6);
  }
  return score;
}

/** The share of the question's distinctive concepts (by mass) that sentences `from`–`to` hold, and which. */
function windowCoverage(entry: IndexedParagraph, from: number, to: number, concepts: WeightedConcept[], weights: Float64Array): Pick<Excerpt, 'coverage' | 'answers'> {
  const sentences = entry.sentenceTerms.length;
  let found = 0;
  let total = 0;
  const answered: string[] = [];
  for (let c = 0; c < concepts.length; c++) {
    const concept = concepts[c]!;
    if (concept.role !== 'required') continue;
    total += concept.mass;
    const weight = bestWeightIn(weights, sentences, c, from, to);
    found += weight * concept.mass;
    if (weight > 0) answered.push(concept.term);
  }
  return { coverage: total === 0 ? 1 : found / total, answers: answered.join(' ') };
}

/** The characters a sentence ends in when it is not a title. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '"', "'", '”', '’']);

/** The last character of text[start, end), without copying it ('' when it is empty). */
function lastCharacter(text: string, start: number, end: number): string {
  return end > start ? text[end - 1]! : '';
}

function isTitle(text: string, sentence: ExcerptSpan): boolean {
  return sentence.end - sentence.start < 80 && !SENTENCE_ENDS.has(lastCharacter(text, sentence.start, sentence.end));
}

/** The best window of the paragraph for these concepts, as offsets into its text. */
export function bestExcerpt(entry: IndexedParagraph, concepts: WeightedConcept[], facet: Facet | null): Excerpt {
  const { sentences, text } = entry.paragraph;
  if (sentences.length === 0) return { start: 0, end: text.length, from: 0, to: -1, coverage: 0, answers: '' };
  const weights = sentenceWeights(entry, concepts);
  // The best window so far, as numbers: an object per window tried was garbage for every candidate.
  let bestFrom = -1;
  let bestTo = -1;
  let bestScore = 0;
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from; to < Math.min(sentences.length, from + MAX_SENTENCES); to++) {
      const start = sentences[from]!.start;
      const end = sentences[to]!.end;
      const length = end - start;
      if (to > from && length > MAX_EXCERPT_CHARS) break;
      // A list item's title ("Security Imperatives") is no sentence to quote; a lead-in
      // ("…carries risks:") is no answer without what follows it.
      if (from + 1 < sentences.length && isTitle(text, sentences[from]!)) continue;
      if (to + 1 < sentences.length && lastCharacter(text, start, end) === ':') continue;
      const score =
        windowScore(entry, from, to, concepts, weights, facet) + FULLNESS_WEIGHT * (Math.min(length, MAX_EXCERPT_CHARS) / MAX_EXCERPT_CHARS) + (from === 0 ? LEAD_BONUS : 0);
      if (bestFrom < 0 || score > bestScore + 1e-9) {
        bestFrom = from;
        bestTo = to;
        bestScore = score;
      }
    }
  }
  // The last sentence alone is always tried (nothing follows it), so some window was kept.
  return { start: sentences[bestFrom]!.start, end: sentences[bestTo]!.end, from: bestFrom, to: bestTo, ...windowCoverage(entry, bestFrom, bestTo, concepts, weights) };
}
