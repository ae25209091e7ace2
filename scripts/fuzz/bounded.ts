// What a run finds, and running a call under the time limit.
import { SLOW_MS } from './options.ts';

export type Problems = string[];

export interface Outcome {
  problems: Problems;
  warnings: Problems;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

/** Runs once; if slower than SLOW_MS, runs again (a GC pause or a busy machine is not a finding). */
export function runBounded<T>(run: () => T, problems: Problems): T {
  const first = timed(run);
  if (first.ms > SLOW_MS) {
    const again = timed(run);
    if (again.ms > SLOW_MS) problems.push(`slow: ${first.ms.toFixed(1)} ms, then ${again.ms.toFixed(1)} ms (limit ${SLOW_MS} ms)`);
  }
  return first.value;
}

export function threw(error: unknown): string {
  return `threw: ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' ') ?? String(error)}`;
}
