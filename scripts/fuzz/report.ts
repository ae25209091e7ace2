// The fuzz run's summary: as JSON, or as text with a table by target and failures by kind.
import { alignRow } from '../support/format.ts';
import { ITERATIONS, MAX_SECONDS, SEED, SHOW_FAILURES } from './options.ts';
import type { Tally } from './tally.ts';

const byCount = (kinds: Map<string, number>) => [...kinds].sort((a, b) => b[1] - a[1]);

export function summarize(tally: Tally, seconds: number, stoppedEarly: boolean) {
  const { iterations, tried, failedBy, problemKinds, warningKinds, failures } = tally;
  failures.sort((a, b) => a.iteration - b.iteration);
  return {
    seed: SEED,
    iterations,
    requested: ITERATIONS,
    stoppedEarly,
    seconds: Math.round(seconds * 10) / 10,
    tried,
    failed: tally.failed(),
    failedBy,
    problems: Object.fromEntries(byCount(problemKinds)),
    warnings: Object.fromEntries(byCount(warningKinds)),
    firstFailures: failures.slice(0, SHOW_FAILURES),
  };
}

export function formatText(tally: Tally, summary: ReturnType<typeof summarize>): string {
  const { iterations, tried, failedBy, problemKinds, warningKinds, failures } = tally;
  const out: string[] = [];
  out.push(`Fuzz (seed ${SEED}): ${iterations} inputs in ${summary.seconds} s${summary.stoppedEarly ? ` (stopped at the ${MAX_SECONDS} s limit before ${ITERATIONS})` : ''}; ${summary.failed} failed.`);
  out.push('');
  const row = (cells: string[]) => alignRow(cells, [14, 8, 8]);
  out.push(row(['target', 'tried', 'failed']));
  for (const target of Object.keys(tried)) out.push(row([target, String(tried[target]), String(failedBy[target] ?? 0)]));
  const counts = (kinds: Map<string, number>) => byCount(kinds).map(([kind, count]) => `  ${String(count).padStart(6)}  ${kind}`);
  if (problemKinds.size > 0) {
    out.push('');
    out.push('Failures by kind (inputs):');
    out.push(...counts(problemKinds));
    out.push('');
    out.push(`First ${Math.min(SHOW_FAILURES, failures.length)} failing inputs (iteration numbers repeat with --seed ${SEED}):`);
    for (const failure of failures.slice(0, SHOW_FAILURES)) {
      out.push(`  #${failure.iteration} ${failure.target}: ${failure.problems.join('; ')}`);
      out.push(`    input: ${failure.input}`);
    }
  }
  if (warningKinds.size > 0) {
    out.push('');
    out.push('Warnings (not failures):');
    out.push(...counts(warningKinds));
  }
  return `${out.join('\n')}\n`;
}
