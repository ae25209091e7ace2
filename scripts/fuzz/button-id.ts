// Button custom_ids: genuine ones from real lookups, and forged, cut or mangled ones.
import { encodeButton, type ButtonAction } from '../../src/bot/custom-id.ts';
import { FACETS } from '../../src/engine/types.ts';
import { hostile, repeatTo } from './hostile.ts';
import { chance, int, pick, snowflake } from './random.ts';
import { questions } from './subject.ts';

export function customId(owner: string): { customId: string; footer: string } {
  const query = chance(0.6) ? pick(questions) : hostile();
  const lookup = {
    command: chance(0.85) ? pick(['ask', 'drivers', 'risks', 'reactions', 'find-sources']) : pick(['cite', 'sources', 'constructor', '__proto__', 'Ask', hostile().slice(0, 10)]),
    query,
    facet: chance(0.7) ? pick([...FACETS, null]) : null,
    offset: chance(0.8) ? pick([0, 3, 6, 9, 21]) : int(-5, 5000),
    owner: chance(0.7) ? owner : snowflake(),
    hidden: chance(0.5),
  };
  let id = encodeButton(pick<ButtonAction>(['more', 'post']), lookup);
  const footer = chance(0.6) ? `Question: ${chance(0.8) ? query : hostile()}\nEvery sentence above is quoted verbatim` : chance(0.5) ? hostile() : '';
  switch (int(0, 9)) {
    case 0: id = id.replace(/^v\d/, pick(['v1', 'v0', 'v9', ''])); break;
    case 1: id = id.split('|').map((part) => (chance(0.3) ? hostile().slice(0, 12) : part)).join('|'); break;
    case 2: id = `${id}|${hostile()}`.slice(0, int(1, 120)); break;
    case 3: id = hostile(); break;
    case 4: id = id.slice(0, int(0, id.length)); break;
    case 5: id = repeatTo('|', int(1, 120)); break;
    default: break; // a genuine one
  }
  return { customId: id, footer };
}
