// The labelled questions the engine's learned parts come from: every question of the tuning sets
// (test/eval/*.jsonl but holdout*), answerable and off-topic, in a fixed order, and a digest that
// says which.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.ts';
import { readQuestions, type LabelledQuestion } from '../eval/questions.ts';

export interface TrainingQuestion extends LabelledQuestion {
  /** The set it comes from (a file name in test/eval). */
  set: string;
}

const evalDir = join(projectRoot, 'test', 'eval');

export const isHoldout = (set: string) => set.startsWith('holdout');

/** Every labelled set's file name, sorted. */
export function evalSets(): string[] {
  return readdirSync(evalDir).filter((name) => name.endsWith('.jsonl')).sort();
}

export function setQuestions(set: string): LabelledQuestion[] {
  return readQuestions(join(evalDir, set));
}

export function trainingSet(): TrainingQuestion[] {
  return evalSets()
    .filter((set) => !isHoldout(set))
    .flatMap((set) => setQuestions(set).map((q) => ({ ...q, set })));
}

/** Which questions, labelled how: the facet weights record it, so a changed set shows as untrained. */
export function trainingDigest(questions: TrainingQuestion[]): string {
  const hash = createHash('sha256');
  for (const q of questions) hash.update(`${q.set}\t${q.negative ? 'off-topic' : q.facet}\t${q.q}\t${JSON.stringify(q.gold)}\n`);
  return hash.digest('hex').slice(0, 16);
}
