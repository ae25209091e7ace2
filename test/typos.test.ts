// Misspelt names in a question are put right before analysis; English words and unrelated names are not.
import { describe, expect, it } from 'vitest';
import { correctionOf, correctTypos } from '../src/engine/text/typos.ts';
import { createEngine } from '../src/engine/engine.ts';
import { loadCorpus } from '../src/engine/corpus/load.ts';

describe('misspelt names and subject words', () => {
  it.each([
    ['talibn', 'taliban'],
    ['kremlim', 'kremlin'],
    ['afganistan', 'afghanistan'],
    ['uzbekistn', 'uzbekistan'],
    ['moskow', 'moscow'],
    ['beijng', 'beijing'],
    ['terorism', 'terrorism'],
  ])('%s → %s', (typed, meant) => {
    expect(correctionOf(typed)).toBe(meant);
  });

  it.each(['iraq', 'israel', 'russia', 'lawyer', 'molokhov', 'qwrtpz'])('%s is left alone', (word) => {
    expect(correctionOf(word)).toBeUndefined();
  });

  it('rewrites only the misspelt words of a question', () => {
    expect(correctTypos('Why did the Kremlim recognize the Talibn?')).toBe('Why did the kremlin recognize the taliban?');
  });

  it('a question with misspelt names gets the answers of the one spelt right', () => {
    const engine = createEngine(loadCorpus('seeds'));
    const ids = (question: string) => engine.ask(question).results.map((r) => r.id);
    expect(ids('how did chna react to the talibn recognition')).toEqual(ids('how did china react to the taliban recognition'));
    expect(ids('how did chna react to the talibn recognition').length).toBeGreaterThan(0);
  });
});
