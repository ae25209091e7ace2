// Autocomplete choices: a fast filter over a known list, at most 25, names within limits.
import type { Choice } from './types.ts';
import { LIMITS } from './discord-payload.ts';

/** A list offered on every keystroke, its names lower-cased once (a corpus can have thousands of sources). */
export class ChoiceList {
  private readonly lowered: string[];

  constructor(readonly choices: Choice[]) {
    this.lowered = choices.map((choice) => choice.name.toLowerCase());
  }

  /**
   * Choices whose name contains what was typed (case-insensitive), those starting with it first,
   * each group in the list's own order. One pass that stops once a page of prefix matches is found.
   */
  filter(typed: string): Choice[] {
    const needle = typed.trim().toLowerCase();
    if (needle === '') return this.choices.slice(0, LIMITS.choices);
    const starting: Choice[] = [];
    const containing: Choice[] = [];
    for (let i = 0; i < this.choices.length; i++) {
      const at = this.lowered[i]!.indexOf(needle);
      if (at === 0) {
        starting.push(this.choices[i]!);
        if (starting.length === LIMITS.choices) break;
      } else if (at > 0 && containing.length < LIMITS.choices) {
        containing.push(this.choices[i]!);
      }
    }
    return [...starting, ...containing].slice(0, LIMITS.choices);
  }
}

/** The same filter over a list made for this one keystroke. */
export function filterChoices(choices: Choice[], typed: string): Choice[] {
  return new ChoiceList(choices).filter(typed);
}
