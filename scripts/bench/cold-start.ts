// Cold starts per transport: a first run with no saved index, then runs that load the saved one.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../support/stats.ts';
import { COLD_PHASE_MAX_MS } from './config.ts';
import { coldSeedsDir } from './cold-env.ts';
import { coldConsole, coldGateway, coldHttp, type ColdRun, type Runtime } from './cold-runs.ts';

export interface ColdReport {
  runtime: string;
  mode: 'console' | 'http' | 'gateway';
  what: string;
  runs: number;
  ok: number;
  /** The first run: no saved index, so the bot builds it from the seeds (and saves it). */
  firstMs: number | null;
  /** The other runs: the index saved by the first one is loaded. */
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  /** How each run had its index, from the bot's "corpus loaded" log line ("built" or "loaded"; "?" where it logs none). */
  index: string[];
  /** HTTP: to the first answer of any status; gateway: to the "gateway ready" log line. */
  secondary: { what: string; medianMs: number | null } | null;
  errors: string[];
}

const MODES = [
  { mode: 'console' as const, what: 'first /ask answer on stdout', run: coldConsole, secondary: null },
  { mode: 'http' as const, what: 'GET /healthz → 200', run: coldHttp, secondary: 'listeningMs' as const },
  { mode: 'gateway' as const, what: 'IDENTIFY at the stand-in', run: coldGateway, secondary: 'readyMs' as const },
];

export async function coldStarts(runtime: Runtime, runs: number, deadline: number): Promise<ColdReport[]> {
  const reports: ColdReport[] = [];
  for (const { mode, what, run, secondary } of MODES) {
    const results: ColdRun[] = [];
    rmSync(join(coldSeedsDir(), '.index'), { recursive: true, force: true });
    for (let i = 0; i < runs + 1; i++) {
      if (Date.now() > deadline) {
        results.push({ ms: null, error: `skipped: the cold-start phase is capped at ${COLD_PHASE_MAX_MS / 1000} s` });
        break;
      }
      process.stderr.write(`bench: cold start ${runtime.name} ${mode} ${i + 1}/${runs + 1}…\n`);
      const savedBefore = existsSync(join(coldSeedsDir(), '.index'));
      const result = await run(runtime);
      // The console logs nothing at its default level: what it found is known from the folder.
      result.index ??= savedBefore ? 'loaded' : 'built';
      results.push(result);
      if (result.ms === null) break; // a start that fails once fails again: do not wait for it twice
    }
    const ok = results.slice(1).filter((r) => r.ms !== null).map((r) => r.ms!);
    const second = secondary ? results.slice(1).map((r) => r[secondary]).filter((v): v is number => typeof v === 'number') : [];
    reports.push({
      runtime: runtime.name,
      mode,
      what,
      runs: results.length,
      ok: results.filter((r) => r.ms !== null).length,
      index: results.map((r) => r.index ?? '?'),
      firstMs: results[0]?.ms ?? null,
      medianMs: median(ok),
      minMs: ok.length ? Math.min(...ok) : null,
      maxMs: ok.length ? Math.max(...ok) : null,
      secondary: secondary ? { what: secondary === 'readyMs' ? '"gateway ready" logged' : 'port answers at all', medianMs: median(second) } : null,
      errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    });
  }
  return reports;
}
