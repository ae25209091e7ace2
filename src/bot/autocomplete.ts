// Autocomplete choices: a fast filter over a small known list, at most 25, names within limits.
import type { Choice } from './types.ts';
import { LIMITS } from './discord-payload.ts';

/**
 * Choices whose name contains what was typed (case-insensitive), those starting with it first,
 * each group in the list's own order. One pass that stops once a page of prefix matches is found:
 * it runs on every keystroke, over every source.
 */
export function filterChoices(choices: Choice[], typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  if (needle === '') return choices.slice(0, LIMITS.choices);
  const starting: Choice[] = [];
  const containing: Choice[] = [];
  for (const choice of choices) {
    const at = choice.name.toLowerCase().indexOf(needle);
    if (at === 0) {
      starting.push(choice);
      if (starting.length === LIMITS.choices) break;
    } else if (at > 0 && containing.length < LIMITS.choices) {
      containing.push(choice);
    }
  }
  return [...starting, ...containing].slice(0, LIMITS.choices);
}
