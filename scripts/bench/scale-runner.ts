// Runs one corpus size in a child process with a time budget and gathers its events into a report.
import { spawn, type ChildProcess } from 'node:child_process';
import { defaultSeedsDir, projectRoot } from '../../src/paths.ts';
import { onLines } from '../support/processes.ts';
import { benchmarkQuestions } from '../support/questions.ts';
import { median, round } from '../support/stats.ts';
import { ratio, stats, type Bound } from './bound.ts';
import { SCRIPT, shuffledQuestions } from './config.ts';
import type { ChildEvent } from './events.ts';
import { mb } from './memory.ts';
import type { ScaleReport } from './scale-report.ts';
import { SYSTEMS } from './workload.ts';

/** Everything the child reported so far. */
class Tally {
  samples: Record<string, number[]> = Object.fromEntries(SYSTEMS.map((s) => [s, []]));
  perQuestion = new Map<number, number[]>();
  nonEmpty: Record<string, number> = Object.fromEntries(SYSTEMS.map((s) => [s, 0]));
  builds: Record<string, number> = {};
  mems: Record<string, { heap: number; rss: number }> = {};
  corpusInfo: { paragraphs: number; sources: number; generateMs: number } | null = null;
  verified: boolean | null = null;
  phase = 'start';
  phaseAt = Date.now();
  inFlight: { s: string; at: number } | null = null;
  done = false;

  constructor(private readonly label: string) {}

  take(event: ChildEvent): void {
    switch (event.e) {
      case 'phase':
        this.phase = event.name;
        this.phaseAt = event.at;
        process.stderr.write(`bench: ${this.label}: ${event.name}…\n`);
        break;
      case 'corpus':
        this.corpusInfo = event;
        break;
      case 'build':
        this.builds[event.what] = event.ms;
        break;
      case 'verified':
        this.verified = event.same;
        break;
      case 'mem':
        this.mems[event.stage] = { heap: event.heap, rss: event.rss };
        break;
      case 'begin':
        this.inFlight = { s: event.s, at: event.at };
        break;
      case 't':
        this.inFlight = null;
        this.samples[event.s]!.push(event.ms);
        if (event.s === 'ours' && event.q !== undefined) this.perQuestion.set(event.q, [...(this.perQuestion.get(event.q) ?? []), event.ms]);
        if (event.results > 0) this.nonEmpty[event.s]!++;
        break;
      case 'done':
        this.done = true;
        break;
    }
  }
}

function report(t: Tally, base: { label: string; target: number | 'seeds'; budgetMs: number }, killedAt: number | null, code: number | null, stderr: string): ScaleReport {
  const stoppedAt = killedAt ?? Date.now();
  const unfinished = (s: string) => (killedAt !== null && t.inFlight?.s === s ? stoppedAt - t.inFlight.at : null);
  const building = (what: string, phaseName: string): Bound | null =>
    t.builds[what] !== undefined ? { value: round(t.builds[what]!, 1), atLeast: false } : killedAt !== null && t.phase === phaseName ? { value: stoppedAt - t.phaseAt, atLeast: true } : null;
  const delta = (stage: string, from: string, key: 'heap' | 'rss') => (t.mems[stage] && t.mems[from] ? mb(t.mems[stage]![key] - t.mems[from]![key]) : null);
  const plainAnswers = stats(t.samples.plain!, unfinished('plain'), t.nonEmpty.plain!);
  const oursAnswers = stats(t.samples.ours!, unfinished('ours'), t.nonEmpty.ours!);
  const info = t.corpusInfo;
  return {
    ...base,
    paragraphs: info?.paragraphs ?? null,
    sources: info?.sources ?? null,
    generateMs: info ? round(info.generateMs, 1) : null,
    corpusBuild: building('corpus', 'corpus build'),
    samePararaphs: t.verified,
    plain: { build: building('plain', 'plain build'), answers: plainAnswers, freshAnswers: stats(t.samples['plain-fresh']!, null, t.nonEmpty['plain-fresh']!), heapMB: delta('plain', 'base', 'heap'), rssMB: delta('plain', 'base', 'rss') },
    ours: {
      build: building('ours', 'ours build'),
      answers: oursAnswers,
      freshAnswers: stats(t.samples['ours-fresh']!, null, t.nonEmpty['ours-fresh']!),
      autocompleteReactions: stats(t.samples['ac-reactions']!, null, t.nonEmpty['ac-reactions']!),
      autocompleteCite: stats(t.samples['ac-cite']!, null, t.nonEmpty['ac-cite']!),
      heapMB: delta('ours', 'corpus', 'heap'),
      rssMB: delta('ours', 'corpus', 'rss'),
    },
    ratio: { p50: ratio(oursAnswers.p50, plainAnswers.p50), p99: ratio(oursAnswers.p99, plainAnswers.p99) },
    slowestQuestions: [...t.perQuestion]
      .map(([q, times]) => ({ question: shuffledQuestions[q] ?? String(q), medianMs: round(median(times) ?? 0, 3) }))
      .sort((a, b) => b.medianMs - a.medianMs)
      .slice(0, 5),
    memoryMB: Object.fromEntries(Object.entries(t.mems).map(([stage, m]) => [stage, { heap: mb(m.heap), rss: mb(m.rss) }])),
    questions: benchmarkQuestions().length,
    stoppedIn: killedAt !== null ? t.phase : null,
    error: !t.done && killedAt === null ? `child exited with code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : null,
  };
}

export function runScale(target: number | 'seeds', budgetMs: number, execArgv: string[]): Promise<ScaleReport> {
  const label = target === 'seeds' ? 'seeds' : target >= 1000 ? `${target / 1000}k` : String(target);
  const deadline = Date.now() + budgetMs;
  const plainBudget = Math.round(Math.min(12_000, budgetMs * 0.15));
  const tally = new Tally(label);
  let stderr = '';

  const child: ChildProcess = spawn(
    process.execPath,
    [...execArgv, '--expose-gc', '--max-old-space-size=12288', SCRIPT, '--child', '--scale', String(target), '--deadline', String(deadline), '--plain-budget-ms', String(plainBudget)],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SEEDS_DIR: defaultSeedsDir } },
  );
  onLines(child.stdout!, (line) => {
    let event: ChildEvent;
    try {
      event = JSON.parse(line) as ChildEvent;
    } catch {
      return;
    }
    tally.take(event);
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });

  return new Promise((resolve) => {
    let killedAt: number | null = null;
    const timer = setTimeout(() => {
      killedAt = Date.now();
      child.kill('SIGKILL');
    }, budgetMs + 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(report(tally, { label, target, budgetMs }, killedAt, code, stderr));
    });
  });
}
