// Bounded figures (exact, or a lower bound for work stopped in flight) and their percentiles.
import { fmtMs } from '../support/format.ts';
import { percentile, round } from '../support/stats.ts';

/** A bounded value: exact, or a lower bound (the work was still running when it was stopped). */
export interface Bound {
  value: number;
  atLeast: boolean;
}

export const fmtBound = (b: Bound | null, fmt: (x: number) => string = fmtMs) => (b ? `${b.atLeast ? '≥ ' : ''}${fmt(b.value)}` : '—');

/** A ratio as `x1.23`, `≥ ` before a lower bound, `—` when unknown. */
export const fmtRatio = (r: Bound | null) => (r ? `${r.atLeast ? '≥ ' : ''}x${r.value}` : '—');

export interface Stats {
  n: number;
  p50: Bound | null;
  p99: Bound | null;
  max: Bound | null;
  /** Answers that found something (ours: results; plain: hits). */
  nonEmpty: number;
}

/** Percentiles of `samples`, counting an answer killed after `unfinishedMs` as a lower bound. */
export function stats(samples: number[], unfinishedMs: number | null, nonEmpty: number): Stats {
  const all = unfinishedMs === null ? samples : [...samples, unfinishedMs];
  const sorted = [...all].sort((a, b) => a - b);
  const bound = (value: number | null): Bound | null => (value === null ? null : { value: round(value, 4), atLeast: unfinishedMs !== null && value >= unfinishedMs - 1e-9 });
  return { n: samples.length, p50: bound(percentile(sorted, 50)), p99: bound(percentile(sorted, 99)), max: bound(sorted.at(-1) ?? null), nonEmpty };
}

export function ratio(a: Bound | null, b: Bound | null): Bound | null {
  if (!a || !b || b.atLeast || b.value <= 0) return null;
  return { value: round(a.value / b.value, 2), atLeast: a.atLeast };
}
