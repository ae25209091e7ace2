// An editor's keywords (seeds/keywords.json) help a paragraph be found by words it does not use,
// and are never shown.
import { describe, expect, it } from 'vitest';
import { smallEngine } from './support/small-corpus.ts';

const SHORT = 'Wheat prices rose again this spring.';
const SMUGGLED = 'Traders said wheat was carried over the mountain passes at night, past the posts, and sold in the bazaars of the next valley.';
const keywords = JSON.stringify([{ id: 'trade#p2', begins: SMUGGLED.slice(0, 40), keywords: ['smuggling', 'contraband'] }]);
const engineWith = (keywordFile?: string) => smallEngine([SHORT, SMUGGLED], { keywords: keywordFile });

describe("an editor's keywords", () => {
  it('rank the paragraph they describe first for a word it does not use', () => {
    const question = 'wheat smuggling';
    expect(engineWith().ask(question).results[0]?.text).not.toBe(SMUGGLED);
    const results = engineWith(keywords).ask(question).results;
    expect(results[0]?.text).toBe(SMUGGLED);
    for (const result of results) expect(`${result.text} ${result.excerpt}`).not.toMatch(/smuggl|contraband/i);
  });

  it('do not by themselves make a question answerable: no article says the word', () => {
    expect(engineWith(keywords).ask('contraband').results).toEqual([]);
  });
});
