// An editor's keywords (seeds/keywords.json) help a paragraph be found by words it does not use,
// and are never shown.
import { describe, expect, it } from 'vitest';
import { corpusOf, readSeeds } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';

const SHORT = 'Wheat prices rose again this spring.';
const SMUGGLED = 'Traders said wheat was carried over the mountain passes at night, past the posts, and sold in the bazaars of the next valley.';
const BACKGROUND = [
  'The border crossing reopened after a week of repairs.',
  'A new school opened in the valley, with room for four hundred pupils.',
  'Doctors from the city hospital visited three villages in the hills.',
  'The football team lost its opening match of the season.',
  'A bridge over the river was closed for inspection in March.',
  'Teachers asked for higher pay and smaller classes.',
];
const manifest = JSON.stringify({
  version: 1,
  sources: [{ id: 'trade', file: 'trade.txt', title: 'Trade notes', outlet: '', author: '', date: '', url: '', kind: 'report', notes: '' }],
});
const text = [SHORT, SMUGGLED, ...BACKGROUND].join('\n\n') + '\n';
const keywords = JSON.stringify([{ id: 'trade#p2', begins: SMUGGLED.slice(0, 40), keywords: ['smuggling', 'contraband'] }]);
const engineWith = (keywordFile: string | null) =>
  createEngine(corpusOf(readSeeds(manifest, () => new TextEncoder().encode(text), 'sources.json', keywordFile)));

describe("an editor's keywords", () => {
  it('rank the paragraph they describe first for a word it does not use', () => {
    const question = 'wheat smuggling';
    expect(engineWith(null).ask(question).results[0]?.text).not.toBe(SMUGGLED);
    const results = engineWith(keywords).ask(question).results;
    expect(results[0]?.text).toBe(SMUGGLED);
    for (const result of results) expect(`${result.text} ${result.excerpt}`).not.toMatch(/smuggl|contraband/i);
  });

  it('do not by themselves make a question answerable: no article says the word', () => {
    expect(engineWith(keywords).ask('contraband').results).toEqual([]);
  });
});
