// The labelled questions the facet classifier learns from: every answerable question of the tuning
// sets (test/eval/*.jsonl but holdout*), in a fixed order, and a digest that says which they were.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Facet } from '../../src/engine/types.ts';
import { projectRoot } from '../../src/paths.ts';
import { readQuestions } from './questions.ts';

export interface FacetExample {
  set: string;
  question: string;
  facet: Facet | null;
}

const evalDir = join(projectRoot, 'test', 'eval');

export function facetTrainingSet(): FacetExample[] {
  const sets = readdirSync(evalDir).filter((name) => name.endsWith('.jsonl') && !name.startsWith('holdout')).sort();
  return sets.flatMap((set) =>
    readQuestions(join(evalDir, set))
      .filter((q) => !q.negative)
      .map((q) => ({ set, question: q.q, facet: q.facet })),
  );
}

/** Which questions, labelled how: the weights file records it, so a changed set shows as untrained. */
export function trainingDigest(examples: FacetExample[]): string {
  const hash = createHash('sha256');
  for (const e of examples) hash.update(`${e.set}\t${e.facet}\t${e.question}\n`);
  return hash.digest('hex').slice(0, 16);
}
