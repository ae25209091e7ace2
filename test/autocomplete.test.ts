import { describe, expect, it } from 'vitest';
import { filterChoices } from '../src/bot/autocomplete.ts';

const named = (...names: string[]) => names.map((name) => ({ name, value: name }));

describe('autocomplete choices', () => {
  it('puts names starting with what was typed before names containing it, each in list order', () => {
    const choices = named('The Diplomat', 'Diplomacy Today', 'RFE/RL', 'Diplomat Weekly');
    expect(filterChoices(choices, ' DIPLO ').map((c) => c.name)).toEqual(['Diplomacy Today', 'Diplomat Weekly', 'The Diplomat']);
  });

  it('offers at most 25, and prefix matches win the page even when they come last', () => {
    const containing = named(...Array.from({ length: 40 }, (_, i) => `x-source ${i}`));
    const starting = named(...Array.from({ length: 30 }, (_, i) => `source ${i}`));
    const page = filterChoices([...containing, ...starting], 'source');
    expect(page).toHaveLength(25);
    expect(page.every((c) => c.name.startsWith('source'))).toBe(true);
  });

  it('offers the first 25 when nothing is typed, and nothing when nothing matches', () => {
    const choices = named(...Array.from({ length: 30 }, (_, i) => `s${i}`));
    expect(filterChoices(choices, '').map((c) => c.name)).toEqual(choices.slice(0, 25).map((c) => c.name));
    expect(filterChoices(choices, 'zzz')).toEqual([]);
  });
});
