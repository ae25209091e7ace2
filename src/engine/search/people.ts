// Questions about what a named person said or did in person, and the passages that name them.
import { PEOPLE } from '../text/lexicon.ts';

/** The mark a passage naming a person carries, followed by the person's id. */
const PERSON_PREFIX = '__person_';

/** Words for saying something or doing it in person. */
const IN_PERSON =
  '(?:say|says|said|saying|stated?|statements?|remarks?|comments?|commented|words|quotes?|quoted|speech|address|announce[sd]?|tweet(?:s|ed)?|posted|respond(?:ed)?|react(?:ed)?|reaction|response|spoke|speak|talked to|met|meet|sit down|sat down|face to face|in person|personally|himself|herself|interview)';

const namesPattern = (names: string[]) => names.map((name) => name.replace(/ /g, '\\s+')).join('|');

const PEOPLE_PATTERNS = PEOPLE.map(({ id, names }) => {
  const name = `(?:${namesPattern(names)})`;
  return {
    id,
    named: new RegExp(`\\b${name}\\b`, 'i'),
    // "Putin himself", "what did Trump or the White House say", "remarks by Modi".
    asked: new RegExp(`\\b${name}(?:['’]s)?(?:\\s+\\S+){0,4}?\\s+${IN_PERSON}\\b|\\b${IN_PERSON}\\s+(?:from|by|of)\\s+(?:\\S+\\s+){0,2}?${name}\\b`, 'i'),
  };
});

/** The marks for the people a passage names. */
export function peopleNamedIn(text: string): string[] {
  return PEOPLE_PATTERNS.filter(({ named }) => named.test(text)).map(({ id }) => `${PERSON_PREFIX}${id}`);
}

/** The marks for the people whose own words or doings the question asks about. */
export function peopleAskedInPerson(question: string): string[] {
  return PEOPLE_PATTERNS.filter(({ asked }) => asked.test(question)).map(({ id }) => `${PERSON_PREFIX}${id}`);
}
