// Agreement: when results from different sources say the same thing, the best one is shown and
// the others are listed under it ("also reported by") instead of repeating it.
import type { SearchIndex } from './index.ts';

/** Weighted overlap (by rarity) above which two excerpts count as saying the same thing. */
export const AGREEMENT_THRESHOLD = 0.3;

export interface Agreeable {
  sourceId: string;
  /** The index terms of what is shown (the excerpt's sentences). */
  terms: Iterable<string>;
}

function distinctiveTerms(terms: Iterable<string>, index: SearchIndex): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const term of terms) if (!weighted.has(term) && !index.isGeneric(term)) weighted.set(term, index.idf(term));
  return weighted;
}

/** Weighted Jaccard similarity of two sets of weighted terms. */
function similarity(left: Map<string, number>, right: Map<string, number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [term, weight] of small) if (large.has(term)) shared += weight;
  const all = total(left) + total(right) - shared;
  return all === 0 ? 0 : shared / all;
}

function total(weights: Map<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight;
  return sum;
}

/**
 * Groups ranked items: each item either leads a group or joins the first higher-ranked group
 * from another source that says the same. Returns the leaders, each with the items that agree.
 */
export function groupAgreeing<T extends Agreeable>(ranked: T[], index: SearchIndex): Array<{ lead: T; agreeing: T[] }> {
  const groups: Array<{ lead: T; terms: Map<string, number>; agreeing: T[] }> = [];
  for (const item of ranked) {
    const terms = distinctiveTerms(item.terms, index);
    const group = groups.find(
      (g) => g.lead.sourceId !== item.sourceId && !g.agreeing.some((a) => a.sourceId === item.sourceId) && similarity(g.terms, terms) >= AGREEMENT_THRESHOLD,
    );
    if (group) group.agreeing.push(item);
    else groups.push({ lead: item, terms, agreeing: [] });
  }
  return groups.map(({ lead, agreeing }) => ({ lead, agreeing }));
}
