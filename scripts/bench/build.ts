// `npm run build` before the compiled build's cold starts.
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../src/paths.ts';

export function build(): { ok: boolean; ms: number; note: string } {
  process.stderr.write('bench: npm run build…\n');
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, encoding: 'utf8', timeout: 180_000 });
  const ms = performance.now() - started;
  if (result.status === 0) return { ok: true, ms, note: `npm run build: ok in ${(ms / 1000).toFixed(1)} s` };
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').filter((l) => !l.startsWith('npm warn')).slice(0, 5).join(' | ');
  return { ok: false, ms, note: `npm run build failed (${result.error?.message ?? `exit ${result.status}`}): ${output.slice(0, 400)}` };
}
