// The BM25 score of one term in every paragraph that contains it, read straight from minisearch's
// inverted index. `search(term)` computes the same scores, but builds a result object per matching
// paragraph and sorts them all: for a common term of a 100k-paragraph corpus that cost more than
// the rest of an answer. The index is read through minisearch's protected fields (its extension
// surface); a test holds these scores equal to `search(term)`'s, so an upgrade cannot drift.
import type MiniSearch from 'minisearch';

/** The paragraphs (by number) that contain a term, and the term's score in each. */
export interface TermScores {
  docs: Int32Array;
  scores: Float64Array;
}

// minisearch's default BM25 parameters, which the index searches with.
const K = 1.2;
const B = 0.7;
const D = 0.5;

// minisearch's BM25 formula, split in two (the first part is the same for every paragraph) with
// its operations in its order, so the numbers come out the very same.
function inverseDocumentFrequency(matchingCount: number, totalCount: number): number {
  return Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
}

function bm25(invDocFreq: number, termFreq: number, fieldLength: number, avgFieldLength: number): number {
  return invDocFreq * (D + (termFreq * (K + 1)) / (termFreq + K * (1 - B + (B * fieldLength) / avgFieldLength)));
}

export class TermScorer {
  private readonly fields: Array<{ id: number; boost: number; lengths: Float64Array }>;
  /** minisearch's short document ids → ours (the paragraph numbers). */
  private readonly paragraphOf: Int32Array;
  // Scratch space for one term at a time: a paragraph's score so far, and whether it has one.
  private readonly sum: Float64Array;
  private readonly seen: Uint32Array;
  private round = 0;

  /** `boost` as in minisearch's search options: a field it does not name counts once. */
  constructor(
    private readonly search: MiniSearch,
    fieldNames: string[],
    boost: Record<string, number>,
  ) {
    const size = search['_nextId'];
    this.paragraphOf = new Int32Array(size);
    for (const [shortId, id] of search['_documentIds']) this.paragraphOf[shortId] = id as number;
    this.fields = fieldNames.map((name) => {
      const id = search['_fieldIds'][name]!;
      const lengths = new Float64Array(size);
      for (const [shortId, perField] of search['_fieldLength']) lengths[shortId] = perField[id]!;
      return { id, boost: boost[name] || 1, lengths };
    });
    this.sum = new Float64Array(size);
    this.seen = new Uint32Array(size);
  }

  scores(term: string): TermScores {
    const data = this.search['_index'].get(term);
    if (!data) return { docs: new Int32Array(0), scores: new Float64Array(0) };
    this.round++;
    let bound = 0;
    for (const freqs of data.values()) bound += freqs.size;
    // The paragraphs by short id, in the order first met.
    const order = new Int32Array(bound);
    let count = 0;
    const totalCount = this.search['_documentCount'];
    for (const field of this.fields) {
      const freqs = data.get(field.id);
      if (!freqs) continue;
      const avgFieldLength = this.search['_avgFieldLength'][field.id]!;
      const invDocFreq = inverseDocumentFrequency(freqs.size, totalCount);
      // Every indexed paragraph is still in the index (none is ever removed), so none is skipped.
      const { boost, lengths } = field;
      const { seen, sum, round } = this;
      freqs.forEach((termFreq, shortId) => {
        const score = boost * bm25(invDocFreq, termFreq, lengths[shortId]!, avgFieldLength);
        if (seen[shortId] === round) {
          sum[shortId]! += score;
        } else {
          seen[shortId] = round;
          sum[shortId] = score;
          order[count++] = shortId;
        }
      });
    }
    const docs = new Int32Array(count);
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      docs[i] = this.paragraphOf[order[i]!]!;
      scores[i] = this.sum[order[i]!]!;
    }
    return { docs, scores };
  }

  /** Indexed terms within `distance` edits of a term. */
  near(term: string, distance: number): string[] {
    return [...this.search['_index'].fuzzyGet(term, distance).keys()];
  }
}
