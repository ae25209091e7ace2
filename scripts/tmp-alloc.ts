import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { buildCorpus, loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';
import { defaultSeedsDir } from '../src/paths.ts';
import { mulberry32 } from './support/random.ts';
import { shuffledQuestions } from './bench/config.ts';
import { generateCorpus } from './bench/corpus-generator.ts';
const size = process.argv[2] ?? 'seeds';
const seeds = loadCorpus(defaultSeedsDir);
let corpus = seeds;
if (size !== 'seeds') {
  const g = generateCorpus(seeds, readFileSync(join(defaultSeedsDir, 'sources.json'), 'utf8'), (f) => readFileSync(join(defaultSeedsDir, f)), Number(size), mulberry32(42));
  corpus = buildCorpus(g.manifestText, (f) => g.files.get(f)!);
}
const engine = createEngine(corpus);
let gcs: number[] = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcs.push(e.duration); }).observe({ entryTypes: ['gc'] });
for (let pass = 0; pass < 6; pass++) {
  gcs = [];
  const t = performance.now();
  for (const q of shuffledQuestions) engine.ask(q);
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 10));
  console.log(`pass ${pass}: ${(ms / shuffledQuestions.length).toFixed(3)} ms/answer, ${gcs.length} GCs, max ${Math.max(0, ...gcs).toFixed(2)} ms, total ${gcs.reduce((a, b) => a + b, 0).toFixed(1)} ms`);
}
