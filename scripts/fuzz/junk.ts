// Junk values for payload fields: nulls, numbers, hostile strings, deep and wide nestings.
import { hostile } from './hostile.ts';
import { chance, int, pick, random } from './random.ts';

export function junk(depth = 0): unknown {
  switch (int(0, depth > 4 ? 5 : 9)) {
    case 0: return null;
    case 1: return int(-1e6, 1e6);
    case 2: return chance(0.5);
    case 3: return hostile();
    case 4: return random() * 1e20;
    case 5: return '';
    case 6: return Array.from({ length: int(0, 5) }, () => junk(depth + 1));
    case 7: return Object.fromEntries(Array.from({ length: int(0, 5) }, () => [pick(['id', 'type', 'name', 'value', 'options', 'data', 'user', '__proto__', 'constructor', 'toString', 'valueOf', 'toJSON', hostile().slice(0, 20)]), junk(depth + 1)]));
    case 8: {
      let nested: unknown = hostile();
      // Deep, not wide: each level holds the one below once (twice would double its JSON per level).
      for (let i = int(10, 200); i > 0; i--) nested = chance(0.5) ? [nested] : { name: 'question', options: [nested], value: 'x' };
      return nested;
    }
    default: return Array.from({ length: int(100, 2000) }, () => ({ name: 'question', value: 'x' }));
  }
}
