// Button state travels in the button's custom_id (at most 100 characters), so any process can
// serve a click: no session store, nothing lost on restart, nothing shared between replicas. A
// question too long to fit is cut, and marked so; the full text is read back from the message's
// footer, where every answer states its question (`questionFooter`).
import { FACETS, type Facet } from '../engine/types.ts';
import { LIMITS, prefixWithin, wellFormed } from './discord-payload.ts';

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
const VERSION = 'v2';
const QUESTION_LINE = 'Question: ';

const ZERO_WIDTH = '\u200b';

/**
 * The footer line that states an answer's question, so a click can recover a long one. Footers
 * show no Markdown, but a mention is broken with a zero-width space all the same.
 */
export function questionFooter(query: string): string {
  return `${QUESTION_LINE}${wellFormed(query).replaceAll(ZERO_WIDTH, '').replace(/[@<]/g, (char) => `${char}${ZERO_WIDTH}`)}`;
}

function statedQuestion(footer: string): string | undefined {
  const line = footer.split('\n').find((candidate) => candidate.startsWith(QUESTION_LINE));
  return line?.slice(QUESTION_LINE.length).replaceAll(ZERO_WIDTH, '');
}


export function encodeButton(action: ButtonAction, lookup: Lookup): string {
  const fields = [VERSION, action, lookup.command, lookup.facet ?? '-', String(lookup.offset), lookup.owner, lookup.hidden ? 'h' : 'p'];
  const query = lookup.query.replaceAll(SEPARATOR, ' ');
  // The query goes last, after a mark that says whether it had to be cut to fit.
  const room = LIMITS.customId - fields.join(SEPARATOR).length - 3;
  const kept = prefixWithin(query, room);
  return [...fields, kept.length < query.length ? 'c' : 'f', kept].join(SEPARATOR);
}

/**
 * Reads a custom_id back; null for anything this version did not write (stale or forged). A cut
 * question is completed from `footer` (the clicked message's footer) when that continues it.
 */
export function decodeButton(customId: string, footer = ''): { action: ButtonAction; lookup: Lookup } | null {
  const parts = customId.split(SEPARATOR);
  if (customId.length > LIMITS.customId || parts.length !== 9 || parts[0] !== VERSION) return null;
  const [, action, command, facet, offset, owner, hidden, cut] = parts as [string, string, string, string, string, string, string, string];
  let query = parts[8]!;
  if (cut !== 'c' && cut !== 'f') return null;
  // A cut question fills the id (to 100, or 99 when the next character was a surrogate pair).
  if (cut === 'c' && customId.length < LIMITS.customId - 1) return null;
  const stated = statedQuestion(footer);
  if (cut === 'c' && stated?.replaceAll(SEPARATOR, ' ').startsWith(wellFormed(query).replaceAll(ZERO_WIDTH, ''))) query = stated;
  if (action !== 'more' && action !== 'post') return null;
  if (!/^[a-z-]{1,32}$/.test(command) || !/^(?:0|[1-9]\d{0,2})$/.test(offset) || !/^(?:0|[1-9]\d{0,19})$/.test(owner)) return null;
  if (facet !== '-' && !FACETS.includes(facet as Facet)) return null;
  if (hidden !== 'h' && hidden !== 'p') return null;
  return {
    action,
    lookup: { command, query, facet: facet === '-' ? null : (facet as Facet), offset: Number(offset), owner, hidden: hidden === 'h' },
  };
}
