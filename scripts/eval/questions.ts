// Labelled questions (`test/eval/*.jsonl`) and what counts as answering one.
import { readFileSync } from 'node:fs';
import { normalizeTypography } from '../../src/engine/text/normalize.ts';

export interface LabelledQuestion {
  id: string;
  q: string;
  facet: 'drivers' | 'risks' | 'reactions' | null;
  /** [file prefix, a phrase of the answering paragraph]; any one of them answers the question. */
  gold: Array<[string, string]>;
  negative?: boolean;
}

export function readQuestions(path: string): LabelledQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as LabelledQuestion;
      } catch {
        throw new Error(`${path}:${index + 1}: not a JSON object`);
      }
    });
}

/** Typography and white space folded (the seeds mix no-break spaces and curly quotes). */
export function comparable(text: string): string {
  return normalizeTypography(text).replace(/\s+/g, ' ').trim();
}

/** Does this text, from this seed file, contain one of the question's gold phrases? */
export function answers(question: LabelledQuestion, file: string, text: string): boolean {
  const haystack = comparable(text);
  return question.gold.some(([prefix, phrase]) => file.startsWith(prefix) && haystack.includes(comparable(phrase)));
}
