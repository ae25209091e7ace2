// Agreement: when results from different sources say the same thing, the best one is shown and
// the others are listed under it ("also reported by") instead of repeating it.
import { indexTerms } from '../text/analyzer.ts';
import type { SearchIndex } from './index.ts';

/** Weighted overlap (by rarity) above which two excerpts count as saying the same thing. */
export const AGREEMENT_THRESHOLD = 0.3;

export interface Agreeable {
  sourceId: string;
  excerpt: string;
}

function distinctiveTerms(text: string, index: SearchIndex): Map<string, number> {
  const terms = new Map<string, number>();
  for (const term of indexTerms(text)) if (!index.isGeneric(term)) terms.set(term, index.idf(term));
  return terms;
}

/** Weighted Jaccard similarity of two excerpts' distinctive terms. */
export function similarity(a: string, b: string, index: SearchIndex): number {
  const left = distinctiveTerms(a, index);
  const right = distinctiveTerms(b, index);
  let shared = 0;
  let all = 0;
  for (const [term, weight] of left) {
    all += weight;
    if (right.has(term)) shared += weight;
  }
  for (const [term, weight] of right) if (!left.has(term)) all += weight;
  return all === 0 ? 0 : shared / all;
}

/**
 * Groups ranked items: each item either leads a group or joins the first higher-ranked group
 * from another source that says the same. Returns the leaders, each with the items that agree.
 */
export function groupAgreeing<T extends Agreeable>(ranked: T[], index: SearchIndex): Array<{ lead: T; agreeing: T[] }> {
  const groups: Array<{ lead: T; agreeing: T[] }> = [];
  for (const item of ranked) {
    const group = groups.find(
      (g) => g.lead.sourceId !== item.sourceId && !g.agreeing.some((a) => a.sourceId === item.sourceId) && similarity(g.lead.excerpt, item.excerpt, index) >= AGREEMENT_THRESHOLD,
    );
    if (group) group.agreeing.push(item);
    else groups.push({ lead: item, agreeing: [] });
  }
  return groups;
}
