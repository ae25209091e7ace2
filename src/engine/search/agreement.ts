// Agreement: when results from different sources say the same thing, the best one is shown and
// the others are listed under it ("also reported by") instead of repeating it.
import type { SearchIndex } from './index.ts';
import { meaningOf } from './query.ts';
import { indexTerms } from '../text/analyzer.ts';
import { everydayWords } from '../text/everyday.ts';

/**
 * Weighted overlap of meanings (by rarity) above which two excerpts count as saying the same
 * thing: lower when both answer the same parts of the question, higher when they share none.
 * Set from the dev questions: excerpts reporting one event or claim overlap 0.12–0.3, others less.
 */
export const AGREEMENT_THRESHOLD = { sameAnswer: 0.12, otherwise: 0.3 };

export interface Agreeable {
  sourceId: string;
  /** The index terms of each sentence shown (the excerpt's). */
  sentences: Iterable<Iterable<string>>;
  /** Which of the question's distinctive concepts the excerpt answers, as one key ("" for none). */
  answers: string;
}

/** Terms of everyday words ("include", "quickly"): two excerpts sharing them say nothing alike. */
let everydayTerms: Set<string> | undefined;
function isEverydayTerm(term: string): boolean {
  everydayTerms ??= new Set(everydayWords().flatMap((word) => indexTerms(word)));
  return everydayTerms.has(term);
}

/** A term's distinctive meaning and its weight (rarity), or null for a subject or everyday term. */
type Meaning = { meaning: string; weight: number } | null;

/** Per index, each term's Meaning as first worked out: excerpts repeat their terms from question to question. */
const meaningsOf = new WeakMap<SearchIndex, Map<string, Meaning>>();

function meaningIn(index: SearchIndex, term: string): Meaning {
  let meanings = meaningsOf.get(index);
  if (!meanings) meaningsOf.set(index, (meanings = new Map()));
  let found = meanings.get(term);
  if (found === undefined) {
    found = index.isGeneric(term) || isEverydayTerm(term) ? null : { meaning: meaningOf(term), weight: index.idf(term) };
    meanings.set(term, found);
  }
  return found;
}

/** Distinctive meanings with their weights, and the sum of the weights. */
interface WeightedMeanings {
  weights: Map<string, number>;
  total: number;
}

/**
 * The distinctive meanings of some sentences ("lithium" and "copper" both mean resources), weighed
 * by rarity. A term repeated in a later sentence changes nothing: meanings keep their first place.
 */
function distinctiveMeanings(sentences: Iterable<Iterable<string>>, index: SearchIndex): WeightedMeanings {
  const weights = new Map<string, number>();
  for (const terms of sentences) {
    for (const term of terms) {
      const found = meaningIn(index, term);
      if (found) weights.set(found.meaning, Math.max(weights.get(found.meaning) ?? 0, found.weight));
    }
  }
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total };
}

/** Weighted Jaccard similarity of two sets of weighted meanings. */
function similarity(left: WeightedMeanings, right: WeightedMeanings): number {
  const small = left.weights.size <= right.weights.size ? left.weights : right.weights;
  const large = small === left.weights ? right.weights : left.weights;
  let shared = 0;
  // forEach, not for-of: this runs for every pair of candidates, and for-of makes an entry array per term.
  small.forEach((weight, term) => {
    if (large.has(term)) shared += weight;
  });
  const all = left.total + right.total - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * Groups ranked items: each item either leads a group or joins the first higher-ranked group
 * from another source that says the same. Returns the leaders, each with the items that agree.
 */
export function groupAgreeing<T extends Agreeable>(ranked: T[], index: SearchIndex): Array<{ lead: T; agreeing: T[] }> {
  const groups: Array<{ lead: T; terms: WeightedMeanings; agreeing: T[] }> = [];
  const threshold = (a: T, b: T) => (a.answers !== '' && a.answers === b.answers ? AGREEMENT_THRESHOLD.sameAnswer : AGREEMENT_THRESHOLD.otherwise);
  for (const item of ranked) {
    const terms = distinctiveMeanings(item.sentences, index);
    const group = groups.find(
      (g) =>
        g.lead.sourceId !== item.sourceId &&
        !g.agreeing.some((a) => a.sourceId === item.sourceId) &&
        similarity(g.terms, terms) >= threshold(g.lead, item),
    );
    if (group) group.agreeing.push(item);
    else groups.push({ lead: item, terms, agreeing: [] });
  }
  return groups.map(({ lead, agreeing }) => ({ lead, agreeing }));
}
