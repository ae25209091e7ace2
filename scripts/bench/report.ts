// The benchmark's report as plain-text tables.
import { fmtMs, table } from '../support/format.ts';
import { fmtBound, fmtRatio, type Stats } from './bound.ts';
import type { ColdReport } from './cold-start.ts';
import type { Machine } from './machine.ts';
import type { ScaleReport } from './scale-report.ts';
import type { TargetCheck } from './targets.ts';
import { SETTLING_ROUNDS, SETTLING_SHARE, TIMED_ROUNDS } from './config.ts';

export interface BenchDocument {
  machine: Machine;
  questions: number;
  scales: ScaleReport[];
  growth: string[];
  coldStart: ColdReport[];
  targetChecks: TargetCheck[];
  notes: string[];
  totalSeconds: number;
}

const mbFmt = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} MB`);

function answersTable(reports: ScaleReport[]): string {
  return table(
    ['corpus', 'paragraphs', 'files', 'ours n', 'ours p50', 'ours p99', 'ours max', 'plain n', 'plain p50', 'plain p99', 'ours/plain p50', 'ours/plain p99'],
    reports.map((r) => [
      r.label,
      String(r.paragraphs ?? '—'),
      String(r.sources ?? '—'),
      String(r.ours.answers.n),
      fmtBound(r.ours.answers.p50),
      fmtBound(r.ours.answers.p99),
      fmtBound(r.ours.answers.max),
      String(r.plain.answers.n),
      fmtBound(r.plain.answers.p50),
      fmtBound(r.plain.answers.p99),
      fmtRatio(r.ratio.p50),
      fmtRatio(r.ratio.p99),
    ]),
  );
}

function autocompleteTable(reports: ScaleReport[]): string {
  const columns = (s: ScaleReport['ours']['autocompleteCite']) => [String(s.n), fmtBound(s.p50), fmtBound(s.p99)];
  return table(
    ['corpus', '/reactions actor n', 'p50', 'p99', '/cite source n', 'p50', 'p99'],
    reports.map((r) => [r.label, ...columns(r.ours.autocompleteReactions), ...columns(r.ours.autocompleteCite)]),
  );
}

function buildTable(reports: ScaleReport[]): string {
  return table(
    ['corpus', 'generate', 'buildCorpus', 'ours build', 'plain build', 'ours heap', 'plain heap', 'ours RSS', 'plain RSS'],
    reports.map((r) => [
      r.label,
      r.target === 'seeds' ? '—' : fmtMs(r.generateMs),
      fmtBound(r.corpusBuild),
      fmtBound(r.ours.build),
      fmtBound(r.plain.build),
      mbFmt(r.ours.heapMB),
      mbFmt(r.plain.heapMB),
      mbFmt(r.ours.rssMB),
      mbFmt(r.plain.rssMB),
    ]),
  );
}

function coldTable(cold: ColdReport[]): string {
  return table(
    ['runtime', 'transport', 'start → …', 'first run', 'saved: median', 'min–max', 'also (median)', 'index per run'],
    cold.map((c) => [
      c.runtime.split(' ')[0]!,
      c.mode,
      c.what,
      fmtMs(c.firstMs),
      fmtMs(c.medianMs),
      c.minMs === null ? '—' : `${fmtMs(c.minMs)}–${fmtMs(c.maxMs)}`,
      c.secondary ? `${c.secondary.what}: ${fmtMs(c.secondary.medianMs)}` : '',
      c.index.join(' '),
    ]),
    [1, 2, 6, 7],
  );
}

export function formatReport(document: BenchDocument, coldRuns: number): string {
  const { machine: info, scales: reports, growth, coldStart: cold, targetChecks: targets, notes, totalSeconds } = document;
  const out: string[] = [];
  out.push(`Benchmark: this engine vs plain minisearch (default options, fields ['text'], top 5)`);
  out.push(`Machine: ${info.os}; ${info.cpu}; ${info.cores} cores; ${info.memoryGiB} GiB; Node ${info.node}`);
  out.push(`Questions: the ${document.questions} labelled questions of test/eval/*.jsonl (shuffled once, the same order for both systems); each system first answers them untimed (up to ${SETTLING_ROUNDS} rounds, ${SETTLING_SHARE * 100}% of its budget), then timed (up to ${TIMED_ROUNDS} rounds, while its budget lasts).`);
  out.push('');
  out.push('Answers (time per answer; n = answers timed; ours/plain = ratio of the percentiles)');
  out.push(answersTable(reports));
  const fresh = (a: Stats) => `p50 ${fmtBound(a.p50)}, p99 ${fmtBound(a.p99)} (n ${a.n})`;
  for (const r of reports) {
    if (r.ours.freshAnswers.n > 0) out.push(`  first answers after a build at ${r.label} (untimed round 1, not in the targets): ours ${fresh(r.ours.freshAnswers)}; plain ${fresh(r.plain.freshAnswers)}`);
    if (r.slowestQuestions.length === 0) continue;
    out.push(`  slowest for ours at ${r.label} (median): ${r.slowestQuestions.slice(0, 3).map((q) => `${JSON.stringify(q.question)} ${fmtMs(q.medianMs)}`).join('; ')}`);
  }
  out.push('');
  out.push('Autocomplete through the dispatcher (createBotCore(...).dispatch({kind: "autocomplete"}))');
  out.push(autocompleteTable(reports));
  out.push('');
  out.push('Build and memory (heap used / RSS added by each index, after a forced GC)');
  out.push(buildTable(reports));
  out.push('');
  out.push('How it grows');
  for (const line of growth) out.push(`  ${line}`);
  if (cold.length) {
    out.push('');
    out.push(`Cold start: process start → …, on a copy of the seeds: a first run with no saved index (it builds and saves one), then ${coldRuns} runs that load it`);
    out.push(`  tsx = node --import tsx src/main.ts; compiled = node dist/src/main.js`);
    out.push(coldTable(cold));
  }
  out.push('');
  out.push('Targets');
  out.push(table(['target', 'figure', 'verdict'], targets.map((t) => [t.target, t.figure, t.verdict]), [2]));
  out.push('');
  out.push('Notes');
  for (const note of notes) out.push(`  - ${note}`);
  out.push(`  - Total run: ${totalSeconds} s.`);
  return `${out.join('\n')}\n`;
}
