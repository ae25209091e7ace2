// Reading which article a question names, from the manifest's outlets and authors and the words
// people use for each kind of piece.
import { describe, expect, it } from 'vitest';
import { SourceNames } from '../src/engine/search/named-sources.ts';
import type { Source } from '../src/engine/types.ts';

const source = (id: string, fields: Partial<Source>): Source => ({
  id, file: `${id}.txt`, title: '', outlet: '', author: '', date: '', url: '', kind: 'report', notes: '', furniture: [], ...fields,
});
const names = new SourceNames([
  source('a', { outlet: 'The Daily Ledger', author: 'Dr Jane Q. Marlowe (Fellow, Somewhere)', kind: 'analysis' }),
  source('b', { outlet: '', author: 'XY-09, Oracle Agent', kind: 'persona' }),
  source('c', { kind: 'opinion' }),
  source('d', { kind: 'analysis' }),
]);

describe('SourceNames', () => {
  it('reads an outlet without its article, an author by full name or surname, and a code name', () => {
    expect(names.read('what does the daily ledger say about china').sourceIds).toEqual(['a']);
    expect(names.read('Jane Q. Marlowe on china').sourceIds).toEqual(['a']);
    expect(names.read("marlowe's take on china").sourceIds).toEqual(['a']);
    expect(names.read('the xy 09 piece').sourceIds).toEqual(['b']);
  });

  it('reads a code name as speech-to-text writes it dictated, and only the whole code', () => {
    expect(names.read('what does ex why zero nine think of china')).toEqual({ sourceIds: ['b'], rest: 'what does   think of china' });
    expect(names.read('x y oh nine on china').sourceIds).toEqual(['b']);
    expect(names.read('why zero nine people agree').sourceIds).toEqual([]);
  });

  it('reads the kind of piece, "the analysis" naming every analysis', () => {
    expect(names.read('in the op‑ed, why?').sourceIds).toEqual(['c']);
    expect(names.read('what does the persona piece say').sourceIds).toEqual(['b']);
    expect(names.read('what did the person ask the ai agent in that post').sourceIds).toEqual(['b']);
    expect(names.read('is the chatbot answer any good on china').sourceIds).toEqual(['b']);
    expect(names.read('the analysis on risks').sourceIds.sort()).toEqual(['a', 'd']);
  });

  it('takes the naming words out of the question and leaves the rest', () => {
    const { rest } = names.read('per the op-ed, what does Marlowe think of China?');
    expect(rest).not.toMatch(/op-ed|marlowe/i);
    expect(rest).toMatch(/China/);
  });

  it('names nothing when no name occurs, or only inside a longer word', () => {
    expect(names.read('why did russia recognise the taliban?')).toEqual({ sourceIds: [], rest: 'why did russia recognise the taliban?' });
    expect(names.read('the editorialised persona-less ledgers').sourceIds).toEqual([]);
  });
});

describe('SourceNames and dates', () => {
  const dated = new SourceNames([
    source('early', { kind: 'analysis', date: '2025-07-04' }),
    source('late', { kind: 'opinion', date: '2025-07-18' }),
    source('other', { kind: 'analysis', date: '' }),
  ]);

  it('reads a date beside a word for a piece, however the date is written', () => {
    for (const question of ['the july 4 analysis', 'the 4th of July piece', 'in the Jul. 4th article', 'published on 4 July', 'the July 4, 2025 one']) {
      expect(dated.read(question).sourceIds, question).toEqual(['early']);
    }
  });

  it('leaves a date alone when no piece is meant', () => {
    expect(dated.read('what happened on july 4?').sourceIds).toEqual([]);
    expect(dated.read('what happened on july 4?').rest).toMatch(/july 4/);
  });

  it('lets the more specific name win: "the analysis published on 4 July" is one analysis', () => {
    expect(dated.read('what does the analysis published on 4 July say').sourceIds).toEqual(['early']);
    expect(dated.read('the analysis and the July 18 op-ed').sourceIds.sort()).toEqual(['early', 'late', 'other']);
  });
});

describe('SourceNames over a large corpus', () => {
  const many = new SourceNames(
    Array.from({ length: 5000 }, (_, i) =>
      source(`s${i}`, { outlet: `Outlet Number ${i}`, kind: i % 2 ? 'analysis' : 'report', date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` }),
    ),
  );

  it('finds the one outlet a question names among thousands, and only its words go', () => {
    const { sourceIds, rest } = many.read('what does outlet number 4321 say about china?');
    expect(sourceIds).toEqual(['s4321']);
    expect(rest).not.toMatch(/outlet|4321/i);
    expect(rest).toMatch(/about china/);
  });

  it('reads a date as every source of that day, and leaves a day no source has in the question', () => {
    const day = many.read('the March 3 report');
    expect(day.sourceIds.length).toBeGreaterThan(0);
    for (const id of day.sourceIds) expect(Number(id.slice(1)) % 12).toBe(2);
    expect(many.read('the March 30 report').rest).toMatch(/March 30/);
  });
});

describe('SourceNames and descriptions of a piece', () => {
  const described = new SourceNames([
    source('border', { title: 'Moscow acts as a migration crisis deepens on the Iranian border', kind: 'report' }),
    source('gamble', { title: 'Russia and the Taliban: a strategic embrace or a risky gamble?', kind: 'analysis' }),
    source('backfire', { title: 'Recognising the Taliban will backfire', kind: 'opinion' }),
  ]);

  it('reads a piece by a word of its headline just before a word for a piece, or a synonym of one', () => {
    expect(described.read('in the migration piece, who is sent back?')).toMatchObject({ sourceIds: ['border'], rest: 'in the  , who is sent back?' });
    expect(described.read('the border-crisis article: which flag went up?').sourceIds).toEqual(['border']);
    expect(described.read('what does the refugee report say about china?').sourceIds).toEqual(['border']);
  });

  it('reads a piece by what it argues, and lets a description finish a name it runs into', () => {
    const read = described.read('the opinion piece arguing the move is a blunder, what did russia hope for?');
    expect(read.sourceIds).toEqual(['backfire']);
    expect(read.rest).not.toMatch(/opinion|blunder/);
    expect(read.rest).toMatch(/what did russia hope for/);
  });

  it('after "on" or "about", reads only the headline\'s own words, and never the story\'s subject', () => {
    expect(described.read('the piece on the strategic embrace: what about india?').sourceIds).toEqual(['gamble']);
    expect(described.read('is there a report about refugees in europe?').sourceIds).toEqual([]);
    expect(described.read('the taliban piece').sourceIds).toEqual([]);
    expect(described.read('what does the report say about migration?').sourceIds).toEqual([]);
  });

  it('keeps the description\'s words when nothing else is asked', () => {
    expect(described.read('what does the migration piece say?')).toEqual({ sourceIds: ['border'], rest: 'what does the migration piece say?' });
  });
});
