// Memory figures: heap used and RSS after a forced GC, in MB.
import { round } from '../support/stats.ts';

export const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Heap used and RSS (bytes) after two forced collections; needs `node --expose-gc`. */
export function usageAfterGc(): { heap: number; rss: number } {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  collect();
  collect();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}
