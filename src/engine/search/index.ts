// The searchable form of a corpus: a minisearch index over paragraphs (text and heading), and
// per paragraph what ranking and excerpting need again and again (terms of each sentence,
// facet strengths).
import MiniSearch from 'minisearch';
import type { Corpus, Facet, Paragraph } from '../types.ts';
import { indexTerms } from '../text/analyzer.ts';
import { SUBJECT_WORDS } from '../text/lexicon.ts';
import { facetStrengths } from '../corpus/facets.ts';
import { DATE_TERM } from './query.ts';

/** A term in more than this share of paragraphs cannot tell paragraphs apart. */
const GENERIC_SHARE = 0.3;
const SUBJECT_TERMS = new Set(SUBJECT_WORDS.flatMap((word) => indexTerms(word)));
/** Past this many cached term frequencies the cache starts afresh (questions can be anything). */
const MAX_CACHED_TERMS = 20_000;

export interface IndexedParagraph {
  paragraph: Paragraph;
  facetStrength: Record<Facet, number>;
  sentenceTerms: Array<Set<string>>;
  sentenceFacetStrength: Array<Record<Facet, number>>;
}

interface Doc {
  id: number;
  text: string;
  heading: string;
  /** Terms that stand for a feature of the text rather than a word (it gives a date). */
  marks: string;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const GIVES_DATE = new RegExp(`\\b(?:(?:${MONTHS})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|(?:19|20)\\d{2}\\b)`, 'i');

function marksOf(text: string): string[] {
  return GIVES_DATE.test(text) ? [DATE_TERM] : [];
}

// Terms arrive already analysed: minisearch must neither split nor alter them.
const identity = (term: string) => term;
export const MINISEARCH_OPTIONS = {
  fields: ['text', 'heading', 'marks'],
  tokenize: (text: string, field?: string) => (field === 'marks' ? text.split(' ').filter(Boolean) : indexTerms(text)),
  processTerm: identity,
  searchOptions: { tokenize: (term: string) => [term], processTerm: identity, boost: { text: 1, heading: 0.5 } },
};

export class SearchIndex {
  readonly entries: IndexedParagraph[];
  readonly search: MiniSearch<Doc>;
  private readonly documentFrequency = new Map<string, number>();

  constructor(readonly corpus: Corpus) {
    this.entries = corpus.paragraphs.map((paragraph) => {
      const sentences = paragraph.sentences.map((span) => paragraph.text.slice(span.start, span.end));
      return {
        paragraph,
        facetStrength: facetStrengths(paragraph.text, paragraph.heading),
        sentenceTerms: sentences.map((sentence) => new Set([...indexTerms(sentence), ...marksOf(sentence)])),
        sentenceFacetStrength: sentences.map((sentence) => facetStrengths(sentence, '')),
      };
    });
    this.search = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
    this.search.addAll(corpus.paragraphs.map((p, id) => ({ id, text: p.text, heading: p.heading, marks: marksOf(p.text).join(' ') })));
  }

  get size(): number {
    return this.entries.length;
  }

  /** How many paragraphs contain the term (text or heading). */
  frequency(term: string): number {
    let count = this.documentFrequency.get(term);
    if (count === undefined) {
      if (this.documentFrequency.size >= MAX_CACHED_TERMS) this.documentFrequency.clear();
      count = this.search.search(term).length;
      this.documentFrequency.set(term, count);
    }
    return count;
  }

  isGeneric = (term: string): boolean => SUBJECT_TERMS.has(term) || this.frequency(term) > GENERIC_SHARE * this.size;

  /** Inverse document frequency; a term the corpus lacks gets the highest value. */
  idf(term: string): number {
    return Math.log(1 + this.size / (this.frequency(term) + 0.5));
  }

  /** BM25 scores of the paragraphs that contain the term, by paragraph number in `entries`. */
  scores(term: string): Map<number, number> {
    const out = new Map<number, number>();
    for (const hit of this.search.search(term)) out.set(hit.id as number, hit.score);
    return out;
  }

  /** Indexed terms within a small edit distance of a term the corpus lacks (typos). */
  nearTerms(term: string): string[] {
    if (term.length < 5) return [];
    const distance = term.length >= 8 ? 2 : 1;
    const near = new Set<string>();
    for (const hit of this.search.search(term, { fuzzy: distance, maxFuzzy: distance })) for (const t of hit.terms) near.add(t);
    return [...near].filter((t) => t !== term && Math.abs(t.length - term.length) <= distance);
  }
}
