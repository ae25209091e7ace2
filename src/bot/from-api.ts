// A Discord interaction payload (gateway dispatch or HTTP body, the same JSON) → an Invocation.
// Payloads are checked, not trusted: anything malformed becomes a clear error, never a crash.
import { ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { Invocation, OptionValue, User } from './types.ts';

export class MalformedInteraction extends Error {}

/**
 * An untrusted value as text for a log line or a message. String() is not safe here: JSON can
 * carry an object whose "toString" is not a function, and String() on it throws.
 */
export function printable(value: unknown, max = 100): string {
  if (typeof value === 'string') return value.slice(0, max);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return `(${Array.isArray(value) ? 'array' : typeof value})`;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = 4000): string | undefined => (typeof value === 'string' && value.length <= max ? value : undefined);

function userOf(payload: Json): User {
  const user = isObject(payload.member) && isObject(payload.member.user) ? payload.member.user : payload.user;
  if (!isObject(user) || !text(user.id, 20) || !/^\d+$/.test(user.id as string)) throw new MalformedInteraction('no user');
  return { id: user.id as string, name: text(user.global_name, 100) ?? text(user.username, 100) ?? 'someone' };
}

/** Flattens options (sub-command nesting included) to name → value, and finds the focused one. */
function optionsOf(data: Json): { options: Record<string, OptionValue>; focused?: string } {
  // No prototype: an option named "constructor" or "__proto__" is just a name.
  const options: Record<string, OptionValue> = Object.create(null);
  let focused: string | undefined;
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const option of list.slice(0, 25)) {
      if (!isObject(option) || !text(option.name, 32)) continue;
      if (Array.isArray(option.options)) walk(option.options);
      const value = option.value;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') options[option.name as string] = value;
      if (option.focused === true) focused = option.name as string;
    }
  };
  walk(data.options);
  return focused ? { options, focused } : { options };
}

export function fromApiInteraction(payload: unknown): Invocation {
  if (!isObject(payload) || !text(payload.id, 20)) throw new MalformedInteraction('not an interaction');
  const id = payload.id as string;
  const data = isObject(payload.data) ? payload.data : {};
  const user = userOf(payload);
  switch (payload.type) {
    case InteractionType.ApplicationCommand: {
      const name = text(data.name, 32);
      if (!name) throw new MalformedInteraction('no command name');
      if (data.type === ApplicationCommandType.Message) {
        const target = text(data.target_id, 20);
        const messages = isObject(data.resolved) && isObject(data.resolved.messages) ? data.resolved.messages : {};
        const message = target ? messages[target] : undefined;
        if (!isObject(message)) throw new MalformedInteraction('no target message');
        const author = isObject(message.author) ? (text(message.author.id, 20) ?? '') : '';
        return { kind: 'message-command', id, name, user, message: { id: target!, content: text(message.content) ?? '', authorId: author } };
      }
      return { kind: 'command', id, name, user, ...optionsOf(data) };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const name = text(data.name, 32);
      const { options, focused } = optionsOf(data);
      if (!name || !focused) throw new MalformedInteraction('autocomplete without a command or a focused option');
      return { kind: 'autocomplete', id, name, user, options, focused };
    }
    case InteractionType.MessageComponent: {
      const customId = text(data.custom_id, 100);
      if (!customId) throw new MalformedInteraction('a component without a custom_id');
      const embeds = isObject(payload.message) && Array.isArray(payload.message.embeds) ? payload.message.embeds : [];
      const footer = isObject(embeds[0]) && isObject(embeds[0].footer) ? (text(embeds[0].footer.text, 2048) ?? '') : '';
      return { kind: 'button', id, customId, user, messageFooter: footer };
    }
    default:
      throw new MalformedInteraction(`unsupported interaction type ${printable(payload.type)}`);
  }
}
