// Which questions ask for a named person's or office's own words or doings, and which passages name them.
import { describe, expect, it } from 'vitest';
import { peopleAskedInPerson, peopleNamedIn } from '../src/engine/search/people.ts';
import { indexTerms } from '../src/engine/text/analyzer.ts';
import { ACTOR_IDS, PEOPLE } from '../src/engine/text/lexicon.ts';

describe('a question asking for a person in person', () => {
  it.each([
    'what did Putin himself say about it?',
    'any quotes from Putin on the recognition?',
    'what did trump or the white house say when moscow made it official',
    "Putin's own words on it",
    'did Xi and Putin meet over this?',
    'remarks by Modi on the Taliban',
    'has the state dept put anything out, a statement or so?',
    'how did guterres react',
  ])('%j asks for them', (question) => {
    expect(peopleAskedInPerson(question).length).toBeGreaterThan(0);
  });

  it.each([
    'is putin just doing this to stick it to the west?',
    'was this some impulsive putin thing or planned for ages',
    "trump's tariff beef with india, is that connected to india talking to the taliban",
    'what do the articles say about why Russia did it?',
  ])('%j does not: the name stands for the country, or no one is named', (question) => {
    expect(peopleAskedInPerson(question)).toEqual([]);
  });

  it('a passage naming someone carries the same mark the question asks for', () => {
    const passage = 'Jaishankar spoke to Taliban Acting Foreign Minister Amir Khan Muttaqi in May 2025.';
    expect(peopleNamedIn(passage)).toEqual(expect.arrayContaining(peopleAskedInPerson('what did Jaishankar say to Muttaqi?')));
    expect(peopleNamedIn('Moscow moved quickly to offer the Taliban favorable cooperation terms.')).toEqual([]);
  });

  it("every person's name is read as an actor's: that is why the person needs a mark of their own", () => {
    for (const person of PEOPLE) for (const name of person.names) expect(indexTerms(name).some((term) => ACTOR_IDS.has(term)), name).toBe(true);
  });
});
