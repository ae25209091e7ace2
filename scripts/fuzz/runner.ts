// Runs the iterations in child processes: one that hangs or dies is killed, recorded, and skipped.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { regenerate } from './cases.ts';
import { HANG_MS, ITERATIONS, MAX_SECONDS, SEED } from './options.ts';
import type { Tally } from './tally.ts';
import type { WorkerMessage } from './worker.ts';

const ENTRY = fileURLToPath(new URL('../fuzz.ts', import.meta.url));

/** Runs every iteration into `tally`; returns whether the time limit stopped the run early. */
export async function runAll(tally: Tally, started: number): Promise<boolean> {
  let stoppedEarly = false;
  const record = tally.record.bind(tally);

  // Runs iterations from `from` in a child; resolves with the iteration to resume at (a hang skips one).
  const runFrom = (from: number): Promise<number | null> =>
    new Promise((resolve) => {
      const child: ChildProcess = fork(ENTRY, ['--worker', String(from), String(ITERATIONS), '--seed', String(SEED)], {
        execArgv: process.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let current: number | null = null;
      let since = performance.now();
      let settled = false;
      const finish = (next: number | null) => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        resolve(next);
      };
      // The input in flight is recorded as a failure and the run resumes after it.
      const skip = (problem: string) => {
        const i = current!;
        const { target, text } = regenerate(i);
        record(i, target, [problem], [], () => text);
        finish(i + 1);
      };
      const watchdog = setInterval(() => {
        if ((performance.now() - started) / 1000 > MAX_SECONDS) {
          stoppedEarly = true;
          finish(null);
        } else if (current !== null && performance.now() - since > HANG_MS) skip(`hung: no result after ${HANG_MS / 1000} s (killed)`);
      }, 100);
      child.on('message', (message: WorkerMessage) => {
        if (process.env.FUZZ_DEBUG) process.stderr.write(`${JSON.stringify(message).slice(0, 300)}\n`);
        if (message.t === 'begin') {
          current = message.i;
          since = performance.now();
        } else if (message.t === 'done') {
          current = null;
          record(message.i, message.target, message.problems, message.warnings, () => message.input ?? '');
        } else finish(null);
      });
      child.on('exit', (code) => {
        if (settled) return;
        if (current !== null) skip(`the worker died (exit ${code}) on this input`);
        else finish(null);
      });
    });

  let next: number | null = 0;
  while (next !== null && next < ITERATIONS) next = await runFrom(next);
  return stoppedEarly;
}
