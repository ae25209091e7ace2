// The best few of many candidates, in rank order, without sorting them all: a broad question on a
// large corpus has tens of thousands of candidates, and an answer shows a handful.
import type { Candidate } from './rank.ts';

/** Rank order: higher score first, then lower paragraph number. */
export function byRank(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.index - b.index;
}

export class TopCandidates {
  /** A heap whose root is the worst kept candidate. */
  private readonly heap: Candidate[] = [];

  constructor(private readonly limit: number) {}

  offer(candidate: Candidate): void {
    const { heap } = this;
    const { index, score } = candidate;
    if (heap.length < this.limit) {
      heap.push(candidate);
      this.siftUp(heap.length - 1);
      return;
    }
    const worst = heap[0];
    // byRank, without a candidate to compare until one is kept.
    if (worst && (score > worst.score || (score === worst.score && index < worst.index))) {
      heap[0] = candidate;
      this.siftDown(0);
    }
  }

  /** The kept candidates, best first. */
  ranked(): Candidate[] {
    return [...this.heap].sort(byRank);
  }

  /** Whether candidate i ranks below candidate j. */
  private worse(i: number, j: number): boolean {
    return byRank(this.heap[i]!, this.heap[j]!) > 0;
  }

  private swap(i: number, j: number): void {
    const { heap } = this;
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.heap.length && this.worse(left, worst)) worst = left;
      if (right < this.heap.length && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
