// Option definitions shared by the lookup commands, and strict readers for submitted values: a
// client can send any type or any text, so every value is checked again on submit.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { Invocation, OptionValue } from './types.ts';
import { wellFormed } from './discord-payload.ts';

export const MAX_QUESTION_CHARS = 300;

export const HIDE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'hide',
  description: 'Only you see the answer (a quick private check)',
} as const;

export const MENTION_OPTION = {
  type: ApplicationCommandOptionType.User,
  name: 'mention',
  description: 'Address the answer to someone (only they are pinged)',
} as const;

export class InputError extends Error {}

type WithOptions = { options: Record<string, OptionValue> };

export function stringOption(invocation: WithOptions, name: string): string | undefined {
  const value = invocation.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InputError(`The option "${name}" must be text.`);
  return value;
}

export function integerOption(invocation: WithOptions, name: string): number | undefined {
  const value = invocation.options[name];
  if (value === undefined) return undefined;
  const number = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new InputError(`The option "${name}" must be a whole number.`);
  return number;
}

export function booleanOption(invocation: WithOptions, name: string): boolean {
  const value = invocation.options[name];
  return value === true || value === 'true';
}

/** A question as typed: trimmed, one line, within the limit, no control characters. */
export function questionText(raw: string | undefined, label = 'question'): string {
  const text = wellFormed(raw ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') throw new InputError(`The ${label} is empty: type what you want to know.`);
  if (text.length > MAX_QUESTION_CHARS) throw new InputError(`The ${label} is ${text.length} characters long; keep it under ${MAX_QUESTION_CHARS}.`);
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new InputError(`The ${label} contains control characters.`);
  return text;
}

/** What of a user's text is worth searching: mentions, custom emoji and links say nothing of the subject. */
export function searchableText(text: string): string {
  return text
    .replace(/<[@#:a][^>]*>|https?:\/\/\S+|@(?:everyone|here)\b/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The hide and mention flags every lookup takes. */
export function lookupFlags(invocation: Extract<Invocation, { kind: 'command' }>): { hidden: boolean; mentionUserId?: string } {
  const mention = stringOption(invocation, 'mention');
  if (mention !== undefined && !/^\d{1,20}$/.test(mention)) throw new InputError('The option "mention" must be a user.');
  return { hidden: booleanOption(invocation, 'hide'), ...(mention ? { mentionUserId: mention } : {}) };
}
