// Term scores read straight from minisearch's index are the very numbers its `search(term)` gives,
// and near spellings the very terms its fuzzy search matches: answers must not move when the way
// they are computed does (nor when minisearch is upgraded under them).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { MINISEARCH_OPTIONS, SearchIndex } from '../src/engine/search/index.ts';
import { TermScorer } from '../src/engine/search/term-scores.ts';
import { indexTerms } from '../src/engine/text/analyzer.ts';

const index = new SearchIndex(loadCorpus(fileURLToPath(new URL('../seeds', import.meta.url))));
const scorer = new TermScorer(index.search, MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.searchOptions.boost);
// Every term of the seeds' text and headings (the date mark included).
const terms = [...new Set(index.entries.flatMap((entry) => [...entry.sentenceTerms.flatMap((terms) => [...terms]), ...indexTerms(entry.paragraph.heading)]))];

describe('term scores', () => {
  it('are those of search(term), for every term of the seeds', () => {
    expect(terms.length).toBeGreaterThan(500);
    for (const term of terms) {
      const expected = new Map(index.search.search(term).map((hit) => [hit.id as number, hit.score]));
      const { docs, scores } = scorer.scores(term);
      expect(new Map([...docs].map((doc, i) => [doc, scores[i]!])), term).toEqual(expected);
    }
  });

  it('are empty for a term the corpus lacks', () => {
    expect(scorer.scores('zzzqx').docs).toHaveLength(0);
  });
});

describe('near spellings', () => {
  it('are the terms fuzzy search matches', () => {
    for (const term of terms.filter((t) => t.length >= 5).slice(0, 300)) {
      const distance = term.length >= 8 ? 2 : 1;
      const matched = new Set(index.search.search(term, { fuzzy: distance, maxFuzzy: distance }).flatMap((hit) => hit.terms));
      expect(new Set(scorer.near(term, distance)), term).toEqual(matched);
    }
  });
});
