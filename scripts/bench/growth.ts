// How a figure grows with the corpus: step ratios and a rough exponent, in one line.
import type { Bound } from './bound.ts';
import type { ScaleReport } from './scale-report.ts';

export function growthLine(name: string, points: Array<{ label: string; paragraphs: number | null; value: Bound | null }>): string {
  const known = points.filter((p): p is { label: string; paragraphs: number; value: Bound } => p.paragraphs !== null && p.value !== null && p.value.value > 0);
  const steps: string[] = [];
  let exponent: number | null = null;
  let lowerBound = false;
  for (let i = 1; i < known.length; i++) {
    const a = known[i - 1]!;
    const b = known[i]!;
    if (a.value.atLeast) continue; // the earlier figure is only a lower bound: no ratio
    const x = b.paragraphs / a.paragraphs;
    const y = b.value.value / a.value.value;
    const e = Math.log(y) / Math.log(x);
    steps.push(`${a.label}→${b.label}: x${x.toFixed(x < 20 ? 1 : 0)} paragraphs → ${b.value.atLeast ? '≥ ' : ''}x${y < 10 ? y.toFixed(2) : y.toFixed(0)}`);
    exponent = e;
    lowerBound = b.value.atLeast;
  }
  const missing = points.filter((p) => p.value === null).map((p) => p.label);
  if (exponent === null) return `${name}: not enough figures to tell${missing.length ? ` (none at ${missing.join(', ')})` : ''}`;
  const shape =
    exponent < 0.15 ? 'stays ~flat' : exponent < 0.75 ? 'grows sublinearly' : exponent < 1.25 ? 'grows ~linearly' : exponent < 1.75 ? `grows superlinearly (~n^${exponent.toFixed(1)})` : 'grows ~quadratically or worse';
  const tail = missing.length ? `; none at ${missing.join(', ')} (budget)` : '';
  return `${name} ${lowerBound ? 'at least ' : ''}${shape}: ${steps.join('; ')}${tail}`;
}

const mbBound = (x: number | null): Bound | null => (x === null ? null : { value: x, atLeast: false });
const FIGURES: Array<[string, (r: ScaleReport) => Bound | null]> = [
  ['ours answer p50', (r) => r.ours.answers.p50],
  ['ours answer p99', (r) => r.ours.answers.p99],
  ['plain answer p50', (r) => r.plain.answers.p50],
  ['plain answer p99', (r) => r.plain.answers.p99],
  ['autocomplete /reactions actor p99', (r) => r.ours.autocompleteReactions.p99],
  ['autocomplete /cite source p99', (r) => r.ours.autocompleteCite.p99],
  ['corpus build (buildCorpus)', (r) => r.corpusBuild],
  ['ours index build (createBotCore)', (r) => r.ours.build],
  ['plain index build', (r) => r.plain.build],
  ['ours heap', (r) => mbBound(r.ours.heapMB)],
  ['plain heap', (r) => mbBound(r.plain.heapMB)],
];

/** One growth line per figure, over the corpus sizes. */
export function growthLines(reports: ScaleReport[]): string[] {
  return FIGURES.map(([name, value]) => growthLine(name, reports.map((r) => ({ label: r.label, paragraphs: r.paragraphs, value: value(r) }))));
}
