// The searchable form of a corpus: a minisearch index over paragraphs (text and heading), and
// per paragraph what ranking and excerpting need again and again (terms of each sentence,
// facet strengths).
import MiniSearch from 'minisearch';
import { FACETS, type Corpus, type Facet, type Paragraph } from '../types.ts';
import { indexTerms } from '../text/analyzer.ts';
import { ACTOR_IDS, SUBJECT_WORDS } from '../text/lexicon.ts';
import { facetStrengths } from '../corpus/facets.ts';
import { ACRONYM, AUTHOR_TERM, CLOSING_TERM, COUNT_TERM, DATE_TERM, isMark, LEAD_TERM, MONTH_NAME, SPELLS_OUT_PREFIX } from './query.ts';
import { peopleNamedIn } from './people.ts';
import { TermScorer, type TermScores } from './term-scores.ts';

/** A term in more than this share of paragraphs cannot tell paragraphs apart. */
const GENERIC_SHARE = 0.3;
const SUBJECT_TERMS = new Set(SUBJECT_WORDS.flatMap((word) => indexTerms(word)));
/** At most this many (term, paragraph) scores are kept between questions (12 bytes each: 12 MB). */
const MAX_CACHED_SCORES = 1_000_000;
/** Past this many cached look-ups of near spellings the cache starts afresh (questions can be anything). */
const MAX_CACHED_TERMS = 20_000;

export interface IndexedParagraph {
  paragraph: Paragraph;
  facetStrength: Record<Facet, number>;
  sentenceTerms: Array<Set<string>>;
  sentenceFacetStrength: Array<Record<Facet, number>>;
}

/**
 * One facet across the corpus, by paragraph number: how strongly each paragraph speaks to it and
 * whether it carries it. Ranking reads these for tens of thousands of paragraphs a question;
 * arrays spare it a walk through each paragraph's objects.
 */
export interface FacetColumn {
  strength: Float64Array;
  carried: Uint8Array;
}

function facetColumnOf(entries: IndexedParagraph[], facet: Facet): FacetColumn {
  return {
    strength: Float64Array.from(entries, (entry) => entry.facetStrength[facet]),
    carried: Uint8Array.from(entries, (entry) => (entry.paragraph.facets.includes(facet) ? 1 : 0)),
  };
}

interface Doc {
  id: number;
  text: string;
  heading: string;
  /** Terms that stand for a feature of the text rather than a word (it gives a date, a count). */
  marks: string;
  /** The editor's keywords (never shown; not counted in a term's frequency). */
  keywords: string;
}

const GIVES_DATE = new RegExp(`\\b(?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|(?:19|20)\\d{2}\\b)`, 'i');

/** A quantity: "1.2 million", "37%", "145 people", "4,000"; not a year or a day of the month. */
const GIVES_COUNT =
  /\b\d+(?:[.,]\d+)?\s*(?:%|per ?cent|million|billion|thousand)|\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\s+(?:people|persons|afghans|refugees|migrants|dead|killed|victims|troops|soldiers)\b|\b(?:dozens|hundreds|thousands|millions) of\b/i;

/** An acronym in brackets after what it stands for: "Islamic State-Khorasan (IS-K)". */
const SPELLED_OUT_ACRONYM = new RegExp(`\\((${ACRONYM})\\)`, 'g');

/** Terms that stand for a feature of a sentence rather than a word: it gives a date, a count, spells out an acronym, names a person. */
function marksOf(text: string): string[] {
  const spelledOut = [...text.matchAll(SPELLED_OUT_ACRONYM)].flatMap((match) => indexTerms(match[1]!).map((term) => `${SPELLS_OUT_PREFIX}${term}`));
  return [...(GIVES_DATE.test(text) ? [DATE_TERM] : []), ...(GIVES_COUNT.test(text) ? [COUNT_TERM] : []), ...spelledOut, ...peopleNamedIn(text)];
}

// Documents arrive as analysed terms joined by spaces: minisearch only splits them again.
const identity = (term: string) => term;
export const MINISEARCH_OPTIONS = {
  fields: ['text', 'heading', 'marks', 'keywords'],
  tokenize: (terms: string) => terms.split(' ').filter(Boolean),
  processTerm: identity,
  searchOptions: { tokenize: (term: string) => [term], processTerm: identity, boost: { text: 1, heading: 0.5, keywords: 0.6 } },
};

/** What an index is built from beyond the corpus: costly to compute, so it can be saved and reloaded. */
export interface PreparedIndex {
  facetStrength: Array<Record<Facet, number>>;
  sentenceTerms: string[][][];
  sentenceFacetStrength: Array<Array<Record<Facet, number>>>;
  /** minisearch's own serialised form (`toJSON()`), built with MINISEARCH_OPTIONS. */
  minisearch: unknown;
}

/** The index of each source's first and last paragraphs of argument (an author box comes after them). */
function openingAndClosingParagraphs(corpus: Corpus): { opening: Set<number>; closing: Set<number> } {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  corpus.paragraphs.forEach((p, i) => {
    if (p.aboutAuthor) return;
    if (!first.has(p.sourceId)) first.set(p.sourceId, i);
    last.set(p.sourceId, i);
  });
  return { opening: new Set(first.values()), closing: new Set(last.values()) };
}

/** An author box is found by who wrote the piece, never by the places it names (where the author works). */
function findableTerms(p: Paragraph, terms: string[]): string[] {
  return p.aboutAuthor ? terms.filter((term) => !ACTOR_IDS.has(term)) : terms;
}

function prepareEntries(corpus: Corpus): Omit<PreparedIndex, 'minisearch'> {
  const { opening, closing } = openingAndClosingParagraphs(corpus);
  const sentenceTerms = corpus.paragraphs.map((p, i) => p.sentences.map((span, s) => {
    const sentence = p.text.slice(span.start, span.end);
    if (p.aboutAuthor) return [...findableTerms(p, indexTerms(sentence)), AUTHOR_TERM];
    const isLead = opening.has(i) && s === 0;
    const isClosing = closing.has(i) && s === p.sentences.length - 1;
    return [...indexTerms(sentence), ...marksOf(sentence), ...(isLead ? [LEAD_TERM] : []), ...(isClosing ? [CLOSING_TERM] : [])];
  }));
  return {
    facetStrength: corpus.paragraphs.map((p) => facetStrengths(p.text, p.heading)),
    sentenceTerms,
    sentenceFacetStrength: corpus.paragraphs.map((p) => p.sentences.map((span) => facetStrengths(p.text.slice(span.start, span.end), ''))),
  };
}

/** The terms of each paragraph's heading (headings repeat, so each is analysed once). */
function headingTermsOf(corpus: Corpus): string[][] {
  const cache = new Map<string, string[]>();
  return corpus.paragraphs.map((p) => {
    let terms = cache.get(p.heading);
    if (!terms) cache.set(p.heading, (terms = indexTerms(p.heading)));
    return terms;
  });
}

function buildMiniSearch(corpus: Corpus, sentenceTerms: string[][][], headingTerms: string[][]): MiniSearch<Doc> {
  const search = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
  search.addAll(
    sentenceTerms.map((sentences, id) => {
      const terms = sentences.flat();
      const paragraph = corpus.paragraphs[id]!;
      return {
        id,
        text: terms.filter((t) => !isMark(t)).join(' '),
        heading: headingTerms[id]!.join(' '),
        marks: [...new Set(terms.filter(isMark))].join(' '),
        // Each keyword analysed on its own, so no phrase term ("islamic state") spans two of them.
        keywords: findableTerms(paragraph, (paragraph.keywords ?? []).flatMap((keyword) => indexTerms(keyword))).join(' '),
      };
    }),
  );
  return search;
}

/** In how many paragraphs (text or heading) each term occurs. */
function documentFrequencies(sentenceTerms: string[][][], headingTerms: string[][]): Map<string, number> {
  const frequencies = new Map<string, number>();
  sentenceTerms.forEach((sentences, id) => {
    for (const term of new Set([...sentences.flat(), ...headingTerms[id]!])) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  });
  return frequencies;
}

export class SearchIndex {
  readonly entries: IndexedParagraph[];
  readonly search: MiniSearch<Doc>;
  readonly facetColumns: Record<Facet, FacetColumn>;
  private readonly scorer: TermScorer;
  private readonly prepared: Omit<PreparedIndex, 'minisearch'>;
  private readonly documentFrequency: Map<string, number>;
  private readonly nearCache = new Map<string, string[]>();
  private readonly scoreCache = new Map<string, TermScores>();
  private cachedPairs = 0;

  /** Builds the index for a corpus, or restores it from what `prepared()` saved for the same corpus. */
  constructor(
    readonly corpus: Corpus,
    saved?: PreparedIndex,
  ) {
    this.prepared = saved ?? prepareEntries(corpus);
    const { facetStrength, sentenceTerms, sentenceFacetStrength } = this.prepared;
    if (sentenceTerms.length !== corpus.paragraphs.length) throw new Error('the saved index does not match the corpus');
    this.entries = corpus.paragraphs.map((paragraph, i) => ({
      paragraph,
      facetStrength: facetStrength[i]!,
      sentenceTerms: sentenceTerms[i]!.map((terms) => new Set(terms)),
      sentenceFacetStrength: sentenceFacetStrength[i]!,
    }));
    this.facetColumns = Object.fromEntries(FACETS.map((facet) => [facet, facetColumnOf(this.entries, facet)])) as Record<Facet, FacetColumn>;
    const headingTerms = headingTermsOf(corpus);
    this.documentFrequency = documentFrequencies(sentenceTerms, headingTerms);
    this.search = saved
      ? MiniSearch.loadJS<Doc>(saved.minisearch as Parameters<typeof MiniSearch.loadJS>[0], MINISEARCH_OPTIONS)
      : buildMiniSearch(corpus, sentenceTerms, headingTerms);
    this.scorer = new TermScorer(this.search, MINISEARCH_OPTIONS.fields, MINISEARCH_OPTIONS.searchOptions.boost);
  }

  /** What it takes to restore this index without analysing the corpus again. */
  snapshot(): PreparedIndex {
    return { ...this.prepared, minisearch: this.search.toJSON() };
  }

  get size(): number {
    return this.entries.length;
  }

  /** How many paragraphs contain the term (text or heading; keywords do not count). */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Does the term occur in so many paragraphs (or is it so much the subject) that it tells none apart? */
  isGeneric(term: string): boolean {
    return SUBJECT_TERMS.has(term) || this.frequency(term) > GENERIC_SHARE * this.size;
  }

  /** Inverse document frequency; a term the corpus lacks gets the highest value. */
  idf(term: string): number {
    return Math.log(1 + this.size / (this.frequency(term) + 0.5));
  }

  /**
   * BM25 scores of the paragraphs that contain the term, by paragraph number in `entries`.
   * Questions share most of their terms (synonyms, subject words), so recent ones are kept, up
   * to a bounded number of (term, paragraph) pairs, the least recently used going first.
   */
  scores(term: string): TermScores {
    const cached = this.scoreCache.get(term);
    if (cached) {
      this.scoreCache.delete(term);
      this.scoreCache.set(term, cached);
      return cached;
    }
    const out = this.scorer.scores(term);
    this.scoreCache.set(term, out);
    this.cachedPairs += out.docs.length;
    for (const [oldest, scores] of this.scoreCache) {
      if (this.cachedPairs <= MAX_CACHED_SCORES || oldest === term) break;
      this.scoreCache.delete(oldest);
      this.cachedPairs -= scores.docs.length;
    }
    return out;
  }

  /** Indexed terms within a small edit distance of a term the corpus lacks (typos). */
  nearTerms(term: string): string[] {
    if (term.length < 5) return [];
    let near = this.nearCache.get(term);
    if (near === undefined) {
      if (this.nearCache.size >= MAX_CACHED_TERMS) this.nearCache.clear();
      const distance = term.length >= 8 ? 2 : 1;
      near = this.scorer.near(term, distance).filter((t) => t !== term && Math.abs(t.length - term.length) <= distance);
      this.nearCache.set(term, near);
    }
    return near;
  }
}
