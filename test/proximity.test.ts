// Term proximity: of two paragraphs that match a question's words, the one that says them together
// comes first, even when the other repeats them more often.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';

const SCATTERED =
  'Wheat was the talk of the season, and wheat prices doubled. ' +
  'The rains came late in the north, and the roads were muddier than anyone had planned for. ' +
  'Merchants met in the capital to compare their books and their worries about the winter ahead. ' +
  'Months later a delegation of officials flew to Astana. Astana welcomed them warmly.';
const TOGETHER =
  'The ministry said that wheat bought in Astana would be shipped south next year.';
const BACKGROUND = [
  'The border crossing reopened after a week of repairs.',
  'A new school opened in the valley, with room for four hundred pupils.',
  'Doctors from the city hospital visited three villages in the hills.',
  'The football team lost its opening match of the season.',
  'A bridge over the river was closed for inspection in March.',
  'Teachers asked for higher pay and smaller classes.',
  'The museum showed carpets woven over two centuries.',
  'Heavy snow cut the mountain road for four days.',
];

const manifest = JSON.stringify({
  version: 1,
  sources: [{ id: 'trade', file: 'trade.txt', title: 'Trade notes', outlet: '', author: '', date: '', url: '', kind: 'report', notes: '' }],
});
const text = [SCATTERED, TOGETHER, ...BACKGROUND].join('\n\n') + '\n';
const engine = createEngine(buildCorpus(manifest, () => new TextEncoder().encode(text)));

describe('term proximity', () => {
  it('ranks the paragraph that holds the question words in one sentence above one that scatters them', () => {
    const answer = engine.ask('wheat from Astana');
    expect(answer.results.map((result) => result.text)).toEqual([TOGETHER, SCATTERED]);
  });

  it('keeps results in the order of the scores it reports', () => {
    const scores = engine.ask('wheat from Astana').results.map((result) => result.score);
    expect(scores.length).toBeGreaterThan(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
