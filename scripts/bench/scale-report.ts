// What one corpus size measured, as the parent reports it.
import type { Bound, Stats } from './bound.ts';

export interface ScaleReport {
  label: string;
  target: number | 'seeds';
  budgetMs: number;
  paragraphs: number | null;
  sources: number | null;
  generateMs: number | null;
  corpusBuild: Bound | null;
  samePararaphs: boolean | null;
  plain: { build: Bound | null; answers: Stats; freshAnswers: Stats; heapMB: number | null; rssMB: number | null };
  ours: {
    build: Bound | null;
    answers: Stats;
    /** The first round of answers on a freshly built index (untimed for the targets). */
    freshAnswers: Stats;
    autocompleteReactions: Stats;
    autocompleteCite: Stats;
    heapMB: number | null;
    rssMB: number | null;
  };
  ratio: { p50: Bound | null; p99: Bound | null };
  /** This engine's slowest questions at this size (median over rounds). */
  slowestQuestions: Array<{ question: string; medianMs: number }>;
  /** Heap used and RSS of the child after a forced GC at each stage (MB): base (texts), plain, corpus, ours. */
  memoryMB: Record<string, { heap: number; rss: number }>;
  questions: number;
  stoppedIn: string | null;
  error: string | null;
}
