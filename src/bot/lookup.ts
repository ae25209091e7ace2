// A lookup (a question, or a facet with a topic or actor) run against the engine and shown as a
// page of cited excerpts with its buttons. Commands start lookups; button clicks repeat them.
import { FACETS, type Facet } from '../engine/types.ts';
import type { Engine } from '../engine/engine.ts';
import { answerView } from '../render/answer-view.ts';
import { sourceName } from '../render/citation.ts';
import { encodeButton, questionFooter, type Lookup } from './custom-id.ts';
import type { Button, MessageView, Reply } from './types.ts';
import { searchableText } from './options.ts';

export const PAGE_SIZE = 3;

/** The commands whose answers are lookups, and so can be paged and posted from a button. */
export const LOOKUP_COMMANDS: ReadonlySet<string> = new Set(['ask', ...FACETS, 'find-sources']);

/** Runs a lookup: a facet command's query names an actor or a topic; any other is a question. */
export function runLookup(lookup: Lookup, engine: Engine): MessageView {
  const limit = PAGE_SIZE + 1; // one more than shown tells whether there is a next page
  const facetCommand = FACETS.includes(lookup.command as Facet);
  const actor = facetCommand ? engine.actors().find((a) => a.id === lookup.query || a.label.toLowerCase() === lookup.query.toLowerCase()) : undefined;
  const answer = actor
    ? engine.ask('', { facet: lookup.facet, actor: actor.id, offset: lookup.offset, limit })
    : engine.ask(searchableText(lookup.query), { facet: lookup.facet, offset: lookup.offset, limit });
  const hasMore = answer.results.length > PAGE_SIZE;
  const shown = { ...answer, results: answer.results.slice(0, PAGE_SIZE) };
  const heading = facetCommand ? `/${lookup.command}${lookup.query ? ` ${actor?.label ?? lookup.query}` : ''}` : lookup.query;
  const view = answerView(shown, {
    heading: lookup.offset > 0 ? `${heading} (more)` : heading,
    // A facet command asked with nothing has no question to state (or read back).
    ...(lookup.query.trim() ? { footer: questionFooter(lookup.query) } : {}),
    nameOf: (id) => {
      const paragraph = engine.paragraph(id);
      const source = paragraph && engine.source(paragraph.sourceId);
      return source ? `${sourceName(source)} ¶${paragraph.paragraph}` : id;
    },
  });
  const buttons: Button[] = [];
  if (hasMore) buttons.push({ customId: encodeButton('more', { ...lookup, offset: lookup.offset + PAGE_SIZE }), label: 'More', style: 'secondary' });
  if (lookup.hidden && answer.results.length > 0) buttons.push({ customId: encodeButton('post', lookup), label: 'Post publicly', style: 'primary' });
  return { ...view, buttons, ephemeral: lookup.hidden };
}

/** The reply to a command that starts a lookup, addressed to `mentionUserId` when given. */
export function lookupReply(lookup: Lookup, engine: Engine, mentionUserId?: string): Reply {
  return { kind: 'message', view: { ...runLookup(lookup, engine), ...(mentionUserId ? { mentionUserId } : {}) } };
}
