// `npm run eval`: retrieval figures of this engine and of plain minisearch, side by side, on each
// labelled question set in test/eval/. Sets named holdout* were never read while tuning (only their
// totals are looked at); the others were tuned on.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';
import { plainMinisearch } from './eval/baseline.ts';
import { measure, type Figures, type SystemAnswer } from './eval/metrics.ts';
import { readQuestions } from './eval/questions.ts';
import { projectRoot } from '../src/paths.ts';

const evalDir = join(projectRoot, 'test', 'eval');
const SETS = readdirSync(evalDir).filter((name) => name.endsWith('.jsonl')).sort();
const tunedOn = (set: string) => !set.startsWith('holdout');
const seedsDir = join(projectRoot, 'seeds');
const engine = createEngine(loadCorpus(seedsDir));
const ours = (question: string): SystemAnswer => {
  const answer = engine.ask(question);
  return { hits: answer.results.map((r) => ({ file: r.file, text: r.text, shown: r.excerpt })), facet: answer.facet };
};
const baseline = plainMinisearch(seedsDir);

const pct = (value: number) => value.toFixed(2);
function row(name: string, f: Figures): string {
  const facet = f.facetAccuracy === null ? '   —' : pct(f.facetAccuracy);
  return `${name.padEnd(18)} ${pct(f.recallAt1)}  ${pct(f.recallAt3)}  ${pct(f.mrrAt5)}   ${pct(f.excerptRecallAt3)}       ${`${f.declined}/${f.negatives}`.padStart(5)}     ${facet}`;
}

const json = process.argv.includes('--json');
const report: Record<string, { engine: Figures; plainMinisearch: Figures }> = {};
for (const set of SETS) {
  const questions = readQuestions(join(evalDir, set));
  report[set] = { engine: measure(questions, ours), plainMinisearch: measure(questions, baseline) };
}
if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [set, figures] of Object.entries(report)) {
    console.log(`\n${set} (${figures.engine.questions} questions; ${tunedOn(set) ? 'tuned on' : 'held out: never read while tuning'})`);
    console.log('system              R@1   R@3   MRR@5  excerpt R@3  declined  facet acc');
    console.log(row('this engine', figures.engine));
    console.log(row('plain minisearch', figures.plainMinisearch));
    if (process.argv.includes('--misses') && tunedOn(set)) console.log(`misses: ${figures.engine.misses.join(' ') || 'none'}`);
  }
}
