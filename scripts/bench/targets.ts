// The targets checked against the figures: PASS, FAIL or not measured.
import { fmtMs } from '../support/format.ts';
import { fmtBound, fmtRatio, type Bound } from './bound.ts';
import type { ColdReport } from './cold-start.ts';
import { TARGETS } from './config.ts';
import type { ScaleReport } from './scale-report.ts';

export interface TargetCheck {
  target: string;
  figure: string;
  verdict: string;
}

function verdict(ok: boolean | null): string {
  return ok === null ? 'not measured' : ok ? 'PASS' : 'FAIL';
}

const p99Under = (b: Bound | null, max: number) => (b === null ? null : b.atLeast ? (b.value >= max ? false : null) : b.value < max);

export function targetChecks(reports: ScaleReport[], cold: ColdReport[]): TargetCheck[] {
  const seedsReport = reports.find((r) => r.target === 'seeds');
  const largest = reports.find((r) => r.target === TARGETS.largeParagraphs);
  return [
    { target: `p99 answer < ${TARGETS.seedsP99Ms} ms on the seeds`, figure: fmtBound(seedsReport?.ours.answers.p99 ?? null), verdict: verdict(p99Under(seedsReport?.ours.answers.p99 ?? null, TARGETS.seedsP99Ms)) },
    { target: `p99 answer < ${TARGETS.largeP99Ms} ms at 100k paragraphs`, figure: fmtBound(largest?.ours.answers.p99 ?? null), verdict: verdict(p99Under(largest?.ours.answers.p99 ?? null, TARGETS.largeP99Ms)) },
    ...reports.map((r) => ({
      target: `within ${TARGETS.ratio}x plain minisearch (p99, ${r.label})`,
      figure: fmtRatio(r.ratio.p99),
      verdict: verdict(r.ratio.p99 === null ? null : r.ratio.p99.atLeast && r.ratio.p99.value < TARGETS.ratio ? null : r.ratio.p99.value <= TARGETS.ratio),
    })),
    ...cold.map((c) => ({
      target: `cold start < ${TARGETS.coldStartMs / 1000} s: ${c.mode}, ${c.runtime.split(' ')[0]} (saved index / none)`,
      figure: `${fmtMs(c.medianMs)} / ${fmtMs(c.firstMs)}`,
      verdict: `${verdict(c.medianMs === null ? null : c.medianMs < TARGETS.coldStartMs)} / ${verdict(c.firstMs === null ? null : c.firstMs < TARGETS.coldStartMs)}`,
    })),
  ];
}
