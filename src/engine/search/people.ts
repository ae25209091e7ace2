// Questions about what a named person or office said or did in person, and the passages that name them.
import { PEOPLE } from '../text/lexicon.ts';

/** The mark a passage naming a person carries, followed by the person's id. */
const PERSON_PREFIX = '__person_';

/** Words for saying something or doing it in person. */
const IN_PERSON =
  '(?:say|says|said|saying|stated?|statements?|remarks?|comments?|commented|words|quotes?|quoted|speech|address|announce[sd]?|tweet(?:s|ed)?|posted|respond(?:ed)?|react(?:ed)?|reaction|response|spoke|speak|talked to|met|meet|sit down|sat down|face to face|in person|personally|himself|herself|interview)';

const namesPattern = (names: string[]) => names.map((name) => name.replace(/ /g, '\\s+')).join('|');

const PEOPLE_PATTERNS = PEOPLE.map(({ id, names }) => {
  const name = `(?:${namesPattern(names)})`;
  // "Putin himself", "what did Trump or the White House say", "remarks by Modi".
  return { id, asked: new RegExp(`\\b${name}(?:['’]s)?(?:\\s+\\S+){0,4}?\\s+${IN_PERSON}\\b|\\b${IN_PERSON}\\s+(?:from|by|of)\\s+(?:\\S+\\s+){0,2}?${name}\\b`, 'i') };
});

// Every passage of the corpus is read for names at build time: one pattern for all the people, not one each.
const PERSON_OF_NAME = new Map(PEOPLE.flatMap(({ id, names }) => names.map((name) => [name, id] as const)));
const ANY_NAME = new RegExp(`\\b(?:${namesPattern([...PERSON_OF_NAME.keys()])})\\b`, 'gi');

/** The marks for the people a passage names. */
export function peopleNamedIn(text: string): string[] {
  const named = new Set<string>();
  for (const [name] of text.matchAll(ANY_NAME)) named.add(PERSON_OF_NAME.get(name.toLowerCase().replace(/\s+/g, ' '))!);
  return PEOPLE.filter(({ id }) => named.has(id)).map(({ id }) => `${PERSON_PREFIX}${id}`);
}

/** The marks for the people whose own words or doings the question asks about. */
export function peopleAskedInPerson(question: string): string[] {
  return PEOPLE_PATTERNS.filter(({ asked }) => asked.test(question)).map(({ id }) => `${PERSON_PREFIX}${id}`);
}
