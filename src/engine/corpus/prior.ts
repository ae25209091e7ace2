// The paragraph prior's weights (prior.json, written by `npm run train`): per paragraph, how much
// each feature of a question (a word, a synonym, the facet) points to it. See search/paragraph-prior.ts.
import type { Paragraph } from '../types.ts';
import { notesByParagraph, PRIOR_FILE } from './paragraph-notes.ts';

const MAX_PRIOR_FEATURES = 20_000;
const MAX_WEIGHT = 100;

function readWeights({ weights }: Record<string, unknown>): Record<string, number> {
  const valid =
    typeof weights === 'object' && weights !== null && !Array.isArray(weights) &&
    Object.keys(weights).length <= MAX_PRIOR_FEATURES &&
    Object.values(weights).every((w) => typeof w === 'number' && Math.abs(w) <= MAX_WEIGHT);
  if (!valid) throw new Error(`"weights" must map at most ${MAX_PRIOR_FEATURES} features to numbers between -${MAX_WEIGHT} and ${MAX_WEIGHT}`);
  // A plain map: a feature named "constructor" or "__proto__" is then just a feature.
  return Object.assign(Object.create(null) as Record<string, number>, weights);
}

/** The paragraphs with their prior weights; throws a CorpusError naming the entry that does not fit. */
export function withPrior(paragraphs: Paragraph[], text: string, file: string = PRIOR_FILE): Paragraph[] {
  const byId = notesByParagraph(paragraphs, text, file, '{"id", "begins", "weights"}', readWeights);
  return paragraphs.map((p) => (byId.has(p.id) ? { ...p, prior: byId.get(p.id)! } : p));
}
