// Retrieval figures over a labelled question set, for any system that returns ranked texts.
import { answers, type LabelledQuestion } from './questions.ts';

export interface RankedText {
  file: string;
  /** The paragraph (or line) the hit stands for. */
  text: string;
  /** What the user is shown of it; the same as `text` where a system shows everything. */
  shown: string;
}

export interface SystemAnswer {
  hits: RankedText[];
  facet?: string | null;
}

export interface Figures {
  questions: number;
  recallAt1: number;
  recallAt3: number;
  mrrAt5: number;
  excerptRecallAt3: number;
  declined: number;
  negatives: number;
  facetAccuracy: number | null;
  misses: string[];
}

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

export function measure(questions: LabelledQuestion[], ask: (q: string) => SystemAnswer): Figures {
  const positives = questions.filter((q) => !q.negative);
  const negatives = questions.filter((q) => q.negative);
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  let excerptAt3 = 0;
  let facetRight = 0;
  let facetKnown = true;
  const misses: string[] = [];
  for (const question of positives) {
    const answer = ask(question.q);
    const rank = answer.hits.slice(0, 5).findIndex((hit) => answers(question, hit.file, hit.text));
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 3) at3++;
    else misses.push(question.id);
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (answer.hits.slice(0, 3).some((hit) => answers(question, hit.file, hit.shown))) excerptAt3++;
    if (answer.facet === undefined) facetKnown = false;
    else if (answer.facet === question.facet) facetRight++;
  }
  let declined = 0;
  for (const question of negatives) {
    if (ask(question.q).hits.length === 0) declined++;
    else misses.push(question.id);
  }
  return {
    questions: questions.length,
    recallAt1: share(at1, positives.length),
    recallAt3: share(at3, positives.length),
    mrrAt5: share(reciprocal, positives.length),
    excerptRecallAt3: share(excerptAt3, positives.length),
    declined,
    negatives: negatives.length,
    facetAccuracy: facetKnown ? share(facetRight, positives.length) : null,
    misses,
  };
}
