// The load test's summary: throughput, latency by kind, outcomes, the rate-limit burst, wrong answers.
import { RATE_LIMIT } from '../../src/bot/core.ts';
import { fmtMs, table } from '../support/format.ts';
import { percentile as rawPercentile } from '../support/stats.ts';
import { BURST, CONCURRENCY, SEND_FOR_MS, SHOW_WRONG, SPAWN } from './options.ts';
import type { Outcome } from './send.ts';

function percentile(sorted: number[], p: number): number | null {
  const value = rawPercentile(sorted, p);
  return value === null ? null : Math.round(value * 1000) / 1000;
}
const fmt = (ms: number | null) => fmtMs(ms, { seconds: false, subMs: false });

export function summarize(outcomes: Outcome[], planned: number, seconds: number, where: string, planMs: number) {
  // The burst: exactly `lookups` of its requests get an answer, the rest the rate-limit reply.
  const burst = outcomes.filter((o) => o.kind === 'burst');
  const burstLimited = burst.filter((o) => o.limited).length;
  const burstProblem = burst.length === BURST && burstLimited !== BURST - RATE_LIMIT.lookups ? `the rate limit let ${BURST - burstLimited} of ${BURST} burst lookups through (expected ${RATE_LIMIT.lookups})` : null;

  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const byKind = kinds.map((kind) => {
    const of = outcomes.filter((o) => o.kind === kind);
    const ms = of.map((o) => o.ms).sort((a, b) => a - b);
    return { kind, count: of.length, wrong: of.filter((o) => o.wrong).length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: percentile(ms, 100) };
  });
  const byOutcome: Record<string, number> = {};
  for (const o of outcomes) byOutcome[o.outcome] = (byOutcome[o.outcome] ?? 0) + 1;
  const wrong = outcomes.filter((o) => o.wrong);
  const notSent = planned - outcomes.length;
  return {
    endpoint: where,
    requests: planned,
    sent: outcomes.length,
    notSent,
    concurrency: CONCURRENCY,
    seconds: Math.round(seconds * 100) / 100,
    throughput: Math.round((outcomes.length / seconds) * 10) / 10,
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: percentile(latencies, 100) },
    byKind,
    byOutcome,
    burst: { requests: burst.length, rateLimited: burstLimited, expectedRateLimited: BURST - RATE_LIMIT.lookups, problem: burstProblem },
    wrong: wrong.length + (burstProblem ? 1 : 0) + (notSent > 0 ? 1 : 0),
    firstWrong: [...wrong.slice(0, SHOW_WRONG).map((o) => ({ kind: o.kind, outcome: o.outcome, reason: o.wrong })), ...(burstProblem ? [{ kind: 'burst', outcome: '', reason: burstProblem }] : []), ...(notSent > 0 ? [{ kind: 'all', outcome: '', reason: `${notSent} requests not sent within ${SEND_FOR_MS / 1000} s` }] : [])],
    planMs: Math.round(planMs),
  };
}

export function formatText(summary: ReturnType<typeof summarize>): string {
  const out: string[] = [];
  out.push(`Load test: ${summary.sent} signed interactions, concurrency ${CONCURRENCY}, against the ${summary.endpoint}`);
  out.push(`Throughput: ${summary.throughput} req/s (${summary.sent} in ${summary.seconds} s; client and server ${SPAWN ? 'in two processes' : 'share this process and its event loop'})`);
  out.push(`Latency: p50 ${fmt(summary.latencyMs.p50)}, p99 ${fmt(summary.latencyMs.p99)}, max ${fmt(summary.latencyMs.max)}`);
  out.push('');
  out.push(table(['kind', 'count', 'wrong', 'p50', 'p99', 'max'], summary.byKind.map((k) => [k.kind, String(k.count), String(k.wrong), fmt(k.p50), fmt(k.p99), fmt(k.max)])));
  out.push('');
  out.push('Outcomes: ' + Object.entries(summary.byOutcome).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}: ${v}`).join(', '));
  out.push(`Rate-limit burst: ${summary.burst.requests} lookups from one user, ${summary.burst.rateLimited} limited (expected ${summary.burst.expectedRateLimited})`);
  out.push(`Wrong answers: ${summary.wrong}`);
  for (const w of summary.firstWrong) out.push(`  - ${w.kind} ${w.outcome}: ${w.reason}`);
  return `${out.join('\n')}\n`;
}
