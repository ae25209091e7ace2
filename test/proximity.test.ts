// Term proximity: of two paragraphs that match a question's words, the one that says them together
// comes first, even when the other repeats them more often.
import { describe, expect, it } from 'vitest';
import { smallEngine } from './support/small-corpus.ts';

const SCATTERED =
  'Wheat was the talk of the season, and wheat prices doubled. ' +
  'The rains came late in the north, and the roads were muddier than anyone had planned for. ' +
  'Merchants met in the capital to compare their books and their worries about the winter ahead. ' +
  'Months later a delegation of officials flew to Astana. Astana welcomed them warmly.';
const TOGETHER =
  'The ministry said that wheat bought in Astana would be shipped south next year.';
const engine = smallEngine([SCATTERED, TOGETHER]);

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
