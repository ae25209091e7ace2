// Button state travels in the button's custom_id (at most 100 characters), so any process can
// serve a click: no session store, nothing lost on restart, nothing shared between replicas.
import { FACETS, type Facet } from '../engine/types.ts';
import { LIMITS } from './discord-payload.ts';

export type ButtonAction = 'more' | 'post';

/** What a lookup was, enough to run it again from a click. */
export interface Lookup {
  /** The command that made it: its name picks the way the query is run again. */
  command: string;
  query: string;
  facet: Facet | null;
  offset: number;
  /** Who asked: only they may post a hidden answer publicly. */
  owner: string;
  hidden: boolean;
}

const SEPARATOR = '|';
const VERSION = 'v1';

export function encodeButton(action: ButtonAction, lookup: Lookup): string {
  const head = [VERSION, action, lookup.command, lookup.facet ?? '-', String(lookup.offset), lookup.owner, lookup.hidden ? 'h' : 'p'].join(SEPARATOR);
  // The query goes last and is cut to fit: a long question continues with its first words.
  const room = LIMITS.customId - head.length - 1;
  return `${head}${SEPARATOR}${[...lookup.query.replaceAll(SEPARATOR, ' ')].slice(0, room).join('').slice(0, room)}`;
}

/** Reads a custom_id back; null for anything this version did not write (stale or forged). */
export function decodeButton(customId: string): { action: ButtonAction; lookup: Lookup } | null {
  const parts = customId.split(SEPARATOR);
  if (parts.length < 8 || parts[0] !== VERSION) return null;
  const [, action, command, facet, offset, owner, hidden] = parts as [string, string, string, string, string, string, string];
  const query = parts.slice(7).join(SEPARATOR);
  if (action !== 'more' && action !== 'post') return null;
  if (!/^[a-z-]{1,32}$/.test(command) || !/^\d{1,3}$/.test(offset) || !/^\d{1,20}$/.test(owner)) return null;
  if (facet !== '-' && !FACETS.includes(facet as Facet)) return null;
  if (hidden !== 'h' && hidden !== 'p') return null;
  return {
    action,
    lookup: { command, query, facet: facet === '-' ? null : (facet as Facet), offset: Number(offset), owner, hidden: hidden === 'h' },
  };
}
