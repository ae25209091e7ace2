// The engine's public data: plain values in, plain values out. Nothing here knows of Discord.

export const FACETS = ['drivers', 'risks', 'reactions'] as const;
export type Facet = (typeof FACETS)[number];

export const SOURCE_KINDS = ['report', 'analysis', 'opinion', 'persona'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One entry of `seeds/sources.json`: what is known about an article. Unknown fields are "". */
export interface Source {
  id: string;
  file: string;
  title: string;
  outlet: string;
  author: string;
  /** YYYY-MM-DD, or "" when the piece prints no date. */
  date: string;
  url: string;
  kind: SourceKind;
  notes: string;
  /** Lines of this source that are page furniture beyond what the generic rules catch. */
  furniture: string[];
}

/** A kept paragraph of a seed: `text` is `raw.slice(start, end)` of its seed file. */
export interface Paragraph {
  /** `<file stem>#p<N>`, N counting kept paragraphs from 1. */
  id: string;
  sourceId: string;
  file: string;
  paragraph: number;
  /** The section heading the paragraph sits under, or "". */
  heading: string;
  text: string;
  start: number;
  end: number;
  /** Sentence spans, as offsets into `text`. */
  sentences: Array<{ start: number; end: number }>;
  facets: Facet[];
  actors: string[];
  /** In the author box: says who wrote the piece, so it has no facets or actors and never closes the article. */
  aboutAuthor?: boolean;
  /** An editor's words for what the paragraph says (seeds/keywords.json): searched, never shown. */
  keywords?: string[];
  /** Learned from labelled questions (seeds/prior.json): how much each question feature points here. */
  prior?: Readonly<Record<string, number>>;
}

export interface Corpus {
  sources: Source[];
  paragraphs: Paragraph[];
  /** The pages' own lines (sponsors, share buttons, teasers, comment forms): never indexed, but a question quoting them is about them. */
  pageFurniture: string[];
  /** A hash of the seed files and the manifest, for cache keys and health checks. */
  hash: string;
}

/** What a reader is told of a source with every quotation. */
export type Citation = Pick<Source, 'title' | 'outlet' | 'author' | 'date' | 'url' | 'kind'>;

export interface Result {
  id: string;
  file: string;
  paragraph: number;
  heading: string;
  text: string;
  excerpt: string;
  facets: Facet[];
  actors: string[];
  score: number;
  source: Citation;
  /** Paragraphs of other sources that say the same thing. */
  alsoIn: Array<{ id: string; file: string }>;
}

export interface Answer {
  query: string;
  facet: Facet | null;
  results: Result[];
}

export interface AskOptions {
  /** Restrict to (and rank by) this facet; otherwise the facet the question asks about, if any. */
  facet?: Facet | null;
  /** Only paragraphs that mention this actor (an actor id from the corpus). */
  actor?: string | null;
  /** How many results at most (default 5). */
  limit?: number;
  /** Skip this many results first (paging). */
  offset?: number;
  /** The best result of each source, none merged into another's "also reported by". */
  perSource?: boolean;
}
