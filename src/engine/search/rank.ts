// Scores paragraphs for a planned question, and decides when none is about it.
//
// A paragraph is about the question when it matches enough of the question's distinctive
// concepts, weighed by how rare each is (coverage); a question whose distinctive words the
// corpus lacks ("capital of Australia") covers nothing and is declined. Words found in nearly
// every paragraph ("Russia") neither score nor decide; facet cues ("why") add to the score but
// never decide coverage.
import type { Facet } from '../types.ts';
import type { SearchIndex } from './index.ts';
import type { Concept, QueryPlan } from './query.ts';
import { isKnownWord, standingOf } from '../text/everyday.ts';

/** The least share of a question's distinctive concepts (by rarity) a paragraph must match. */
export const MIN_COVERAGE = 0.36;
/** Results scoring below this share of the best one are noise. */
const RELATIVE_CUTOFF = 0.2;
const FUZZY_WEIGHT = 0.6;
/** How much a match adds to the score, by role; subject words ("generic") add nothing. */
const ROLE_WEIGHT = { required: 1, generic: 0, cue: 0.5 } as const;
const FACET_BOOST_PER_POINT = 0.2;
const FACET_BOOST_CAP = 6;

export type ConceptRole = keyof typeof ROLE_WEIGHT;

export interface WeightedConcept {
  term: string;
  role: ConceptRole;
  alternatives: Map<string, number>;
  idf: number;
  /** How much the concept counts towards coverage. */
  mass: number;
}


/** Rarity counts, but damped: one rare word must not outweigh the rest of a question. */
const MASS_PER_IDF = 0.3;
/**
 * How much a question word counts towards coverage, by its standing in everyday English: an
 * everyday word ("new", "decide") or a common word the corpus lacks ("thrilled") says more about
 * how the question is put than what it is about; a name the corpus lacks ("Australia") is what
 * the question is about.
 */
const STANDING_SHARE = { everyday: 0.45, unknownEveryday: 0.2, vocabulary: 1, unknownVocabulary: 0.35, name: 1 } as const;

export interface Candidate {
  index: number;
  score: number;
  coverage: number;
}

export interface RankOptions {
  /** The facet to rank by (asked for, or read from the question). */
  facet: Facet | null;
  /** Only paragraphs carrying this facet (the caller named it explicitly). */
  requireFacet: boolean;
  /** Only paragraphs that mention this actor. */
  actor: string | null;
  /** Overrides MIN_COVERAGE (the evaluation measures coverage below it). */
  minCoverage?: number;
}

/** Settles each concept's role and rarity, and looks up near spellings of unknown words. */
export function weighConcepts(plan: QueryPlan, index: SearchIndex): WeightedConcept[] {
  return plan.concepts.map((concept: Concept) => {
    const role: ConceptRole = concept.role === 'cue' ? 'cue' : index.isGeneric(concept.term) ? 'generic' : 'required';
    const alternatives = new Map(concept.alternatives);
    const word = concept.words.length === 1 ? concept.words[0]! : '';
    const unknown = role === 'required' && index.frequency(concept.term) === 0;
    if (unknown && word !== '' && !isKnownWord(word)) {
      for (const near of index.nearTerms(concept.term)) if (!index.isGeneric(near)) alternatives.set(near, FUZZY_WEIGHT);
    }
    // A subject word's rarity is read from the frequency table: its scores (a posting per
    // paragraph, nearly) are never needed, as it neither ranks nor decides anything.
    const matching = new Set<number>();
    if (role !== 'generic') for (const term of alternatives.keys()) for (const doc of index.scores(term).keys()) matching.add(doc);
    const df = role === 'generic' ? index.frequency(concept.term) : matching.size;
    const idf = Math.log(1 + index.size / (df + 0.5));
    const standing = word === '' ? 'name' : standingOf(word);
    const unknownWord = df === 0;
    const share =
      standing === 'vocabulary' && unknownWord ? STANDING_SHARE.unknownVocabulary
      : standing === 'everyday' && unknownWord ? STANDING_SHARE.unknownEveryday
      : STANDING_SHARE[standing];
    const mass = (1 + MASS_PER_IDF * idf) * share;
    return { term: concept.term, role, alternatives, idf, mass };
  });
}

/** Per concept: paragraph → the best weighted score among its alternatives, and that weight. */
function conceptHits(concept: WeightedConcept, index: SearchIndex): Map<number, { score: number; weight: number }> {
  const hits = new Map<number, { score: number; weight: number }>();
  for (const [term, weight] of concept.alternatives) {
    for (const [doc, score] of index.scores(term)) {
      const weighted = score * weight;
      const previous = hits.get(doc);
      if (!previous || weighted > previous.score) hits.set(doc, { score: weighted, weight });
    }
  }
  return hits;
}

function eligible(index: SearchIndex, doc: number, options: RankOptions): boolean {
  const { paragraph } = index.entries[doc]!;
  if (options.requireFacet && options.facet && !paragraph.facets.includes(options.facet)) return false;
  return !options.actor || paragraph.actors.includes(options.actor);
}

function facetBoost(index: SearchIndex, doc: number, facet: Facet | null): number {
  if (!facet) return 1;
  return 1 + FACET_BOOST_PER_POINT * Math.min(index.entries[doc]!.facetStrength[facet], FACET_BOOST_CAP);
}

/** With nothing distinctive asked, the paragraphs that speak most to the facet come first. */
function facetOnlyScore(index: SearchIndex, doc: number, facet: Facet | null, text: number): number {
  const strength = facet ? index.entries[doc]!.facetStrength[facet] : 0;
  return (1 + strength) * (1 + 0.05 * text);
}

export function rank(concepts: WeightedConcept[], index: SearchIndex, options: RankOptions): Candidate[] {
  const required = concepts.filter((c) => c.role === 'required');
  const hitsByConcept = concepts.filter((concept) => concept.role !== 'generic').map((concept) => ({ concept, hits: conceptHits(concept, index) }));
  const requiredMass = required.reduce((sum, c) => sum + c.mass, 0);

  let pool: number[];
  if (required.length > 0) {
    const union = new Set<number>();
    for (const { concept, hits } of hitsByConcept) if (concept.role === 'required') for (const doc of hits.keys()) union.add(doc);
    pool = [...union];
  } else if (options.facet || options.actor || concepts.some((c) => c.role === 'generic')) {
    // Nothing distinctive was asked: "why did Moscow do it?" ranks by the facet and the subject.
    pool = index.entries.map((_, doc) => doc).filter((doc) => !options.facet || index.entries[doc]!.paragraph.facets.includes(options.facet));
  } else {
    return [];
  }

  const candidates: Candidate[] = [];
  for (const doc of pool) {
    if (!eligible(index, doc, options)) continue;
    let text = 0;
    let matchedMass = 0;
    for (const { concept, hits } of hitsByConcept) {
      const hit = hits.get(doc);
      if (!hit) continue;
      text += hit.score * ROLE_WEIGHT[concept.role];
      if (concept.role === 'required') matchedMass += concept.mass * hit.weight;
    }
    const coverage = required.length > 0 ? matchedMass / requiredMass : 1;
    if (coverage < (options.minCoverage ?? MIN_COVERAGE)) continue;
    const score =
      required.length > 0
        ? text * coverage * coverage * facetBoost(index, doc, options.facet)
        : facetOnlyScore(index, doc, options.facet, text);
    candidates.push({ index: doc, score, coverage });
  }
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const best = candidates[0]?.score ?? 0;
  return candidates.filter((c) => c.score >= RELATIVE_CUTOFF * best);
}
