// Parent: runs the cold starts and the corpus sizes, then reports (JSON or text).
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.ts';
import { flag, option } from '../support/args.ts';
import { benchmarkQuestions } from '../support/questions.ts';
import { round } from '../support/stats.ts';
import { build } from './build.ts';
import { removeColdSeeds } from './cold-env.ts';
import { coldStarts, type ColdReport } from './cold-start.ts';
import { COLD_PHASE_MAX_MS, SCALE_WEIGHTS, TARGETS } from './config.ts';
import { growthLines } from './growth.ts';
import { machine } from './machine.ts';
import { formatReport } from './report.ts';
import type { ScaleReport } from './scale-report.ts';
import { runScale } from './scale-runner.ts';
import { targetChecks } from './targets.ts';

const COMPILED_MAIN = 'dist/src/main.js';

/** Cold starts from tsx, then (after `npm run build` unless --no-build) from the compiled build. */
async function coldPhase(args: string[], coldRuns: number, notes: string[]): Promise<ColdReport[]> {
  const cold: ColdReport[] = [];
  const coldDeadline = Date.now() + COLD_PHASE_MAX_MS;
  cold.push(...(await coldStarts({ name: 'tsx (node --import tsx src/main.ts)', args: ['--import', 'tsx'], entry: 'src/main.ts' }, coldRuns, coldDeadline)));
  let built = existsSync(join(projectRoot, COMPILED_MAIN));
  if (!flag(args, '--no-build')) {
    const result = build();
    notes.push(result.note);
    built = result.ok && existsSync(join(projectRoot, COMPILED_MAIN));
  } else {
    notes.push('--no-build: the compiled build was not rebuilt; dist/ may be stale.');
  }
  if (built) cold.push(...(await coldStarts({ name: 'compiled (node dist/src/main.js)', args: [], entry: COMPILED_MAIN }, coldRuns, coldDeadline)));
  else notes.push('Cold starts from the compiled build skipped: no usable dist/src/main.js.');
  return cold;
}

/** The corpus sizes share what is left of the budget; what a size leaves unused passes on. */
async function scalePhase(scales: Array<number | 'seeds'>, budgetMs: number, full: boolean, startedAt: number): Promise<ScaleReport[]> {
  const weights = scales.map((s) => SCALE_WEIGHTS[String(s)] ?? 50);
  const execArgv = process.execArgv.filter((a) => a !== '--expose-gc');
  const reports: ScaleReport[] = [];
  for (const [i, scale] of scales.entries()) {
    const remaining = Math.max(20_000, budgetMs - (Date.now() - startedAt) - 3_000);
    const share = weights[i]! / weights.slice(i).reduce((a, b) => a + b, 0);
    const scaleBudget = full ? 3_600_000 : Math.round(remaining * share);
    process.stderr.write(`bench: corpus ${scale === 'seeds' ? 'seeds' : `~${scale} paragraphs`} (budget ${(scaleBudget / 1000).toFixed(0)} s)…\n`);
    reports.push(await runScale(scale, scaleBudget, execArgv));
  }
  return reports;
}

function reportNotes(reports: ScaleReport[], cold: ColdReport[]): string[] {
  const notes: string[] = [];
  for (const r of reports) {
    if (r.samePararaphs === false) notes.push(`${r.label}: the corpus's paragraphs differ from the generated ones plain minisearch indexed.`);
    if (r.samePararaphs === null && r.target !== 'seeds') notes.push(`${r.label}: buildCorpus did not finish, so plain minisearch's paragraphs (the generated ones) were not checked against the corpus.`);
    if (r.stoppedIn) notes.push(`${r.label}: the budget (${(r.budgetMs / 1000).toFixed(0)} s) ended during "${r.stoppedIn}"; "≥" figures are lower bounds (the work in flight was killed).`);
    if (r.error) notes.push(`${r.label}: ${r.error}`);
  }
  for (const c of cold) if (c.errors.length) notes.push(`cold start ${c.mode} (${c.runtime}): ${c.errors.length} failed run(s): ${c.errors[0]}`);
  return notes;
}

export async function parent(args: string[]): Promise<void> {
  const startedAt = Date.now();
  const budgetMs = Number(option(args, '--budget') ?? 285) * 1000;
  const coldRuns = Math.max(1, Number(option(args, '--cold-runs') ?? 3)); // runs with a saved index, after the first without
  const scales: Array<number | 'seeds'> = ['seeds', ...(option(args, '--scales') ?? '1000,10000,100000').split(',').filter(Boolean).map(Number)];
  const info = machine();
  const notes: string[] = [];

  // Cold starts first, on a machine not yet warmed by the big corpora.
  const cold = flag(args, '--no-cold') ? [] : await coldPhase(args, coldRuns, notes);
  const reports = await scalePhase(scales, budgetMs, flag(args, '--full'), startedAt);

  const targets = targetChecks(reports, cold);
  const growth = growthLines(reports);
  notes.push(...reportNotes(reports, cold));
  notes.push(`Load average at start ${info.loadAverageAtStart.join(' / ')}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (${info.cores} cores): other work on the machine shows in every figure.`);
  removeColdSeeds();
  const totalSeconds = round((Date.now() - startedAt) / 1000, 1);

  const document = { machine: info, targets: TARGETS, questions: benchmarkQuestions().length, scales: reports, growth, coldStart: cold, targetChecks: targets, notes, totalSeconds };
  process.stdout.write(flag(args, '--json') ? `${JSON.stringify(document, null, 2)}\n` : formatReport(document, coldRuns));
}
