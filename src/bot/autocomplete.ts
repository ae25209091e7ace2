// Autocomplete choices: a fast filter over a small known list, at most 25, names within limits.
import type { Choice } from './types.ts';
import { LIMITS } from './discord-payload.ts';

/** Choices whose name contains what was typed (case-insensitive), those starting with it first. */
export function filterChoices(choices: Choice[], typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  const scored = choices
    .map((choice) => ({ choice, at: choice.name.toLowerCase().indexOf(needle) }))
    .filter(({ at }) => needle === '' || at >= 0)
    .sort((a, b) => (a.at === 0 ? 0 : 1) - (b.at === 0 ? 0 : 1));
  return scored.slice(0, LIMITS.choices).map(({ choice }) => choice);
}
