// What is timed: the systems compared, plain minisearch's index, and the autocomplete calls.
import MiniSearch from 'minisearch';
import type { Invocation } from '../../src/bot/types.ts';

export const SYSTEMS = ['plain', 'ours', 'plain-fresh', 'ours-fresh', 'ac-reactions', 'ac-cite'] as const;
const AC_TYPED = {
  reactions: ['', 'c', 'ch', 'China', 'ind', 'pak', 'the', 'rus', 'Uni', 'ta', 'x'],
  cite: ['', 'm', 'mid', 'Three', 'rus', 'gen', 'Generated report 1', 'x'],
};

/** The dispatcher's autocomplete path: /reactions actor and /cite source, as typed so far. */
export function autocompletes(user: string): Array<{ s: 'ac-reactions' | 'ac-cite'; invocation: Invocation }> {
  const out: Array<{ s: 'ac-reactions' | 'ac-cite'; invocation: Invocation }> = [];
  for (const typed of AC_TYPED.reactions) {
    out.push({ s: 'ac-reactions', invocation: { kind: 'autocomplete', id: '1', name: 'reactions', options: { actor: typed }, focused: 'actor', user: { id: user, name: 'bench' } } });
  }
  for (const typed of AC_TYPED.cite) {
    out.push({ s: 'ac-cite', invocation: { kind: 'autocomplete', id: '2', name: 'cite', options: { source: typed }, focused: 'source', user: { id: user, name: 'bench' } } });
  }
  return out;
}

/** Plain minisearch over the same paragraphs: default options, `fields: ['text']`. */
export function plainIndex(texts: string[]): MiniSearch {
  const index = new MiniSearch({ fields: ['text'] });
  index.addAll(texts.map((text, id) => ({ id, text })));
  return index;
}
