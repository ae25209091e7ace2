// The engine: a question in, ranked verbatim excerpts with their citations out, or nothing when no
// article covers the question. Pure and synchronous once built.
import { FACETS, type Answer, type AskOptions, type Citation, type Corpus, type Facet, type Paragraph, type Result, type Source } from './types.ts';
import { ACTORS, CONCEPTS } from './text/lexicon.ts';
import { indexTerms } from './text/analyzer.ts';
import { SearchIndex } from './search/index.ts';
import { planQuery } from './search/query.ts';
import type { FacetWeights } from './search/facet-classifier.ts';
import { FACET_WEIGHTS } from './search/facet-weights.ts';
import { TopicClassifier, topicFeatures, type TopicWeights } from './search/topic-classifier.ts';
import { wordFeatures } from './search/question-features.ts';
import { TOPIC_WEIGHTS } from './search/topic-weights.ts';
import { rank, weighConcepts } from './search/rank.ts';
import { ParagraphPrior, priorFeatures } from './search/paragraph-prior.ts';
import { bestExcerpt } from './search/excerpt.ts';
import { groupAgreeing } from './search/agreement.ts';
import { PageFurniture } from './search/furniture-question.ts';
import { SourceNames } from './search/named-sources.ts';

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 25;
/** Only so much of a question is read: enough for any real question, bounded for hostile ones. */
export const MAX_QUESTION_CHARS = 1000;
/**
 * How much of a result's score rests on its excerpt holding the question's words together: of two
 * paragraphs matching the same words, the one that says them in one place is more likely about them.
 */
const WINDOW_SHARE = 0.6;
/** A question whose answer needs everything a first question does. */
const WARM_UP_QUESTION = 'Why did Russia recognise the Taliban, and what are the risks?';

export interface Topic {
  id: string;
  label: string;
}

export interface Engine {
  readonly corpus: Corpus;
  readonly index: SearchIndex;
  ask(question: string, options?: AskOptions): Answer;
  /** Does now the first-question work (reading the word list, about 0.15 s), so no user waits for it. */
  warmUp(): void;
  /** The actors the corpus mentions, most mentioned first. */
  actors(): Topic[];
  /** The topics the corpus covers (concept groups with at least one paragraph). */
  topics(): Topic[];
  paragraph(id: string): Paragraph | undefined;
  source(id: string): Source | undefined;
}

export function citationOf(source: Source): Citation {
  const { title, outlet, author, date, url, kind } = source;
  return { title, outlet, author, date, url, kind };
}

/** The best-ranked candidate of each source, in rank order. */
function firstOfEachSource<T extends { index: number }>(candidates: T[], index: SearchIndex): T[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const source = index.entries[candidate.index]!.paragraph.sourceId;
    if (seen.has(source)) return false;
    seen.add(source);
    return true;
  });
}

/** The classifiers `npm run train` learns from the labelled tuning questions. */
export interface LearnedWeights {
  facets: FacetWeights;
  topic: TopicWeights;
}

export const TRAINED: LearnedWeights = { facets: FACET_WEIGHTS, topic: TOPIC_WEIGHTS };

/**
 * An engine over a corpus; `index` when one was restored from a snapshot of the same corpus;
 * `learned` other than the trained weights to measure models trained without some questions.
 */
export function createEngine(corpus: Corpus, index: SearchIndex = new SearchIndex(corpus), learned: LearnedWeights = TRAINED): Engine {
  const prior = new ParagraphPrior(corpus.paragraphs);
  const topic = new TopicClassifier(learned.topic);
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const paragraphs = new Map(corpus.paragraphs.map((p) => [p.id, p]));

  const actorCounts = new Map<string, number>();
  for (const p of corpus.paragraphs) for (const a of p.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
  const actors = ACTORS.filter((a) => actorCounts.has(a.id))
    .sort((a, b) => actorCounts.get(b.id)! - actorCounts.get(a.id)!)
    .map((a) => ({ id: a.id, label: a.label }));
  const topics = CONCEPTS.map((c) => c.words[0]!)
    .filter((word) => indexTerms(word).some((term) => index.frequency(term) > 0))
    .map((word) => ({ id: word, label: word }));

  const furniture = new PageFurniture(corpus.pageFurniture, index);
  const sourceNames = new SourceNames(corpus.sources);

  function ask(question: string, options: AskOptions = {}): Answer {
    const query = question.slice(0, MAX_QUESTION_CHARS);
    // No paragraph carries a facet that does not exist (callers that take input check it first).
    if (options.facet && !FACETS.includes(options.facet)) return { query: question, facet: null, results: [] };
    const named = sourceNames.read(query);
    const namesSource = named.sourceIds.length > 0;
    const plan = planQuery(named.rest, index, learned.facets, namesSource);
    const facet: Facet | null = options.facet ?? plan.facet;
    if (furniture.isQuotedBy(plan.concepts.map((concept) => concept.term))) return { query: question, facet, results: [] };
    const concepts = weighConcepts(plan, index);
    const words = wordFeatures(plan);
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    // Excerpts only for the candidates a page can show, with room for agreeing sources.
    const wanted = (offset + limit) * 2 + 5;
    // One per source needs every candidate: the best of a source may rank anywhere.
    const candidates = rank(concepts, index, {
      facet,
      requireFacet: Boolean(options.facet),
      facetCued: Boolean(options.facet) || plan.facetCued,
      actor: options.actor ?? null,
      sources: namesSource ? new Set(named.sourceIds) : null,
      limit: options.perSource ? undefined : wanted,
      prior: prior.probabilities(priorFeatures(words, plan.concepts, facet)),
      // A question that names one of the pieces is about the coverage, whatever its words.
      topicLogit: namesSource ? Number.POSITIVE_INFINITY : topic.logit(topicFeatures(words, concepts)),
    });
    const pool = options.perSource ? firstOfEachSource(candidates, index) : candidates;
    const considered = pool.slice(0, wanted);
    const ranked = considered.map((candidate) => {
      const entry = index.entries[candidate.index]!;
      const excerpt = bestExcerpt(entry, concepts, facet);
      // The shown sentences' own term sets: a merged set per candidate was most of an answer's garbage.
      const sentences = entry.sentenceTerms.slice(excerpt.from, excerpt.to + 1);
      return {
        candidate,
        paragraph: entry.paragraph,
        sourceId: entry.paragraph.sourceId,
        excerpt: entry.paragraph.text.slice(excerpt.start, excerpt.end),
        sentences,
        answers: excerpt.answers,
        score: candidate.score * (1 - WINDOW_SHARE + WINDOW_SHARE * excerpt.coverage),
      };
    });
    ranked.sort((a, b) => b.score - a.score);
    const groups = options.perSource ? ranked.map((lead) => ({ lead, agreeing: [] })) : groupAgreeing(ranked, index);
    const results: Result[] = groups
      .slice(offset, offset + limit)
      .map(({ lead, agreeing }) => ({
        id: lead.paragraph.id,
        file: lead.paragraph.file,
        paragraph: lead.paragraph.paragraph,
        heading: lead.paragraph.heading,
        text: lead.paragraph.text,
        excerpt: lead.excerpt,
        facets: lead.paragraph.facets,
        actors: lead.paragraph.actors,
        score: Math.round(lead.score * 1000) / 1000,
        source: citationOf(sources.get(lead.sourceId)!),
        alsoIn: agreeing.map((a) => ({ id: a.paragraph.id, file: a.paragraph.file })),
      }));
    return { query: question, facet, results };
  }

  return {
    corpus,
    index,
    ask,
    warmUp: () => void ask(WARM_UP_QUESTION),
    actors: () => actors,
    topics: () => topics,
    paragraph: (id) => paragraphs.get(id),
    source: (id) => sources.get(id),
  };
}
