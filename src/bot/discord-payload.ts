// The one place that knows Discord's limits and `allowed_mentions`: every reply of every command
// and transport goes through `toInteractionResponse`, so no reply can exceed a limit or ping
// anyone but the one user a command names.
import { ButtonStyle, ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { Button, Choice, Embed, MessageView, Reply } from './types.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = '…';
/** A sentence's end: its mark, any closing quotes or brackets, then white space. */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

/** The longest prefix of `text`, in whole characters (no half of a surrogate pair), of at most `max` UTF-16 units. */
export function prefixWithin(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/**
 * Cuts text to at most `max` characters: at a sentence end if one is in the last third, else at
 * the last word boundary, never inside a word (unless one word is longer than the whole room) or
 * a surrogate pair, and marks the cut with an ellipsis.
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = prefixWithin(text, max - ELLIPSIS.length);
  let sentenceEnd = -1;
  for (const match of room.matchAll(SENTENCE_END)) sentenceEnd = match.index + match[0].length;
  if (sentenceEnd >= room.length * 0.66) {
    const sentences = room.slice(0, sentenceEnd);
    return sentences.length + 2 <= max ? `${sentences} ${ELLIPSIS}` : `${sentences}${ELLIPSIS}`;
  }
  // The room ends at a word's end when the next character is white space.
  const wordEnds = /\s/.test(text[room.length] ?? '');
  const space = wordEnds ? room.length : room.search(/\s\S*$/);
  // No white space but at the very start: the first word is cut only if it could never fit.
  const wordTooLong = space === 0 && (/^\s\S+/.exec(text)?.[0].length ?? 0) - 1 >= max;
  const cut = space > 0 || (space === 0 && !wordTooLong) ? room.slice(0, space) : room;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces half surrogate pairs (which cannot be sent as UTF-8) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Text as it goes out to Discord: well-formed (it must encode as UTF-8) and fitted to its limit. */
function fitOutgoing(text: string, max: number): string {
  return fit(wellFormed(text), max);
}

/**
 * Escapes text from a user (a question, a quoted message) so it shows as written: no Markdown,
 * no mention (`@everyone`, `<@id>`, `<#channel>`), no link embed can come out of it.
 */
export function escapeUserText(text: string): string {
  return wellFormed(text)
    .replace(/[\\`*_~|>#\-[\]()]/g, (char) => `\\${char}`)
    .replace(/@/g, '@\u200b')
    .replace(/<(?=[@#:a]|t:)/g, '<\u200b');
}

function fitEmbeds(embeds: Embed[]): Embed[] {
  let budget: number = LIMITS.embedTotal;
  const out: Embed[] = [];
  for (const embed of embeds.slice(0, LIMITS.embeds)) {
    const spend = (text: string | undefined, max: number): string | undefined => {
      if (text === undefined || budget <= 1) return undefined;
      const fitted = fitOutgoing(text, Math.min(max, budget));
      budget -= fitted.length;
      return fitted;
    };
    const fitted: Embed = {};
    const title = spend(embed.title, LIMITS.embedTitle);
    if (title) fitted.title = title;
    if (embed.url) fitted.url = embed.url;
    const footer = spend(embed.footer, LIMITS.footer);
    if (footer) fitted.footer = footer;
    const description = spend(embed.description, LIMITS.embedDescription);
    if (description) fitted.description = description;
    const fields = [];
    for (const field of (embed.fields ?? []).slice(0, LIMITS.embedFields)) {
      const name = spend(field.name, LIMITS.fieldName);
      const value = spend(field.value, LIMITS.fieldValue);
      if (!name || !value) break;
      fields.push({ name, value });
    }
    if (fields.length > 0) fitted.fields = fields;
    if (Object.keys(fitted).length === 0) break;
    out.push(fitted);
  }
  return out;
}

function buttonRows(buttons: Button[]) {
  // Discord refuses a button without a custom_id or a label.
  const components = buttons.filter((button) => button.customId !== '').slice(0, LIMITS.buttonsPerRow).map((button) => ({
    type: ComponentType.Button,
    custom_id: prefixWithin(button.customId, LIMITS.customId),
    label: fitOutgoing(button.label, LIMITS.buttonLabel) || ELLIPSIS,
    style: button.style === 'primary' ? ButtonStyle.Primary : ButtonStyle.Secondary,
  }));
  return components.length > 0 ? [{ type: ComponentType.ActionRow, components }] : [];
}

/** The message part of an interaction response (also the body of a follow-up or an edit). */
export function toMessageData(view: MessageView) {
  const mention = view.mentionUserId && /^\d{1,20}$/.test(view.mentionUserId) ? view.mentionUserId : undefined;
  const content = [mention ? `<@${mention}>` : '', view.content ?? ''].filter(Boolean).join(' ');
  return {
    content: fitOutgoing(content, LIMITS.content),
    embeds: fitEmbeds(view.embeds ?? []).map((embed) => ({
      ...embed,
      footer: embed.footer ? { text: embed.footer } : undefined,
    })),
    components: buttonRows(view.buttons ?? []),
    // Parse nothing: only the named user, if any, may be pinged.
    allowed_mentions: { parse: [] as never[], users: mention ? [mention] : [], roles: [] as string[], replied_user: false },
    flags: view.ephemeral ? MessageFlags.Ephemeral : 0,
  };
}

function fitChoices(choices: Choice[]) {
  return choices.slice(0, LIMITS.choices).map((choice) => ({
    name: fitOutgoing(choice.name, LIMITS.choiceName) || ELLIPSIS,
    value: typeof choice.value === 'string' ? prefixWithin(wellFormed(choice.value), LIMITS.choiceValue) : choice.value,
  }));
}

/** The JSON body Discord expects as the answer to an interaction. */
export function toInteractionResponse(reply: Reply) {
  switch (reply.kind) {
    case 'choices':
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult as const, data: { choices: fitChoices(reply.choices) } };
    case 'update': {
      // An update without content of its own keeps the message's content (and whom it addressed).
      const { content, ...rest } = toMessageData(reply.view);
      return { type: InteractionResponseType.UpdateMessage as const, data: content === '' ? rest : { content, ...rest } };
    }
    case 'message':
      return { type: InteractionResponseType.ChannelMessageWithSource as const, data: toMessageData(reply.view) };
  }
}
