// `npm run eval`: retrieval figures of this engine and of plain minisearch, side by side, on each
// labelled question set in test/eval/. The engine's learned parts (facet classifier, asked words)
// are trained on the tuning sets, so each tuning set is answered by an engine trained without it
// (leave one set out): its figures are what a new way of asking gets. Sets named holdout* were
// never read while tuning (only their totals are looked at) and are answered by the shipped engine.
import { join } from 'node:path';
import { corpusOf, readSeedFolder } from '../src/engine/corpus/load.ts';
import { createEngine, type Engine } from '../src/engine/engine.ts';
import { plainMinisearch } from './eval/baseline.ts';
import { measure, type Figures, type SystemAnswer } from './eval/metrics.ts';
import { learnedEngine } from './learn/learned-engine.ts';
import { evalSets, isHoldout, setQuestions, trainingSet } from './learn/training-set.ts';
import { projectRoot } from '../src/paths.ts';

const seedsDir = join(projectRoot, 'seeds');
const seedFiles = readSeedFolder(seedsDir);
const shipped = createEngine(corpusOf(seedFiles));
const tuning = trainingSet();
const engineFor = (set: string): Engine => (isHoldout(set) ? shipped : learnedEngine(seedFiles, tuning.filter((q) => q.set !== set)));
const askOf = (engine: Engine) => (question: string): SystemAnswer => {
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
for (const set of evalSets()) {
  const questions = setQuestions(set);
  report[set] = { engine: measure(questions, askOf(engineFor(set))), plainMinisearch: measure(questions, baseline) };
}
if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [set, figures] of Object.entries(report)) {
    const how = isHoldout(set) ? 'held out: never read while tuning' : 'tuned on; answered by an engine trained without it';
    console.log(`\n${set} (${figures.engine.questions} questions; ${how})`);
    console.log('system              R@1   R@3   MRR@5  excerpt R@3  declined  facet acc');
    console.log(row('this engine', figures.engine));
    console.log(row('plain minisearch', figures.plainMinisearch));
    if (process.argv.includes('--misses') && !isHoldout(set)) console.log(`misses: ${figures.engine.misses.join(' ') || 'none'}`);
  }
}
