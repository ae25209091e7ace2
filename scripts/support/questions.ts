// The benchmark questions: the `q` of every line of the dev and first holdout sets (148), a fixed
// workload so that figures from different sessions compare; the other sets in test/eval/ came later.
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.ts';
import { readQuestions } from '../eval/questions.ts';

export const QUESTION_FILES = ['test/eval/dev-questions.jsonl', 'test/eval/holdout-questions.jsonl'];

export function benchmarkQuestions(): string[] {
  return QUESTION_FILES.flatMap((file) => readQuestions(join(projectRoot, file)).map((q) => q.q));
}
