import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord-api-types/v10';
import type { FieldError } from './errors.ts';

/** The message fields Discord validates; everything else passes through unchecked. */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: unknown[] | null;
  attachments?: unknown[] | null;
  poll?: unknown;
  sticker_ids?: unknown[] | null;
  flags?: number | null;
}

type Path = (string | number)[];

function tooLong(path: Path, value: string | undefined | null, max: number): FieldError[] {
  return value != null && [...value].length > max
    ? [{ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }]
    : [];
}

function tooMany(path: Path, items: unknown[] | undefined | null, max: number): FieldError[] {
  return items != null && items.length > max
    ? [{ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }]
    : [];
}

function blank(path: Path, value: string | undefined | null): FieldError[] {
  return value == null || value.trim() === ''
    ? [{ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]
    : [];
}

function embedErrors(embed: APIEmbed, path: Path): FieldError[] {
  return [
    ...tooLong([...path, 'title'], embed.title, 256),
    ...tooLong([...path, 'description'], embed.description, 4096),
    ...tooLong([...path, 'footer', 'text'], embed.footer?.text, 2048),
    ...tooLong([...path, 'author', 'name'], embed.author?.name, 256),
    ...tooMany([...path, 'fields'], embed.fields, 25),
    ...(embed.fields ?? []).flatMap((field, i) => [
      ...blank([...path, 'fields', i, 'name'], field.name),
      ...blank([...path, 'fields', i, 'value'], field.value),
      ...tooLong([...path, 'fields', i, 'name'], field.name, 256),
      ...tooLong([...path, 'fields', i, 'value'], field.value, 1024),
    ]),
  ];
}

/** Discord also caps the sum of all embeds' text at 6000 characters. */
function embedTextLength(embed: APIEmbed): number {
  const parts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
  for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  return parts.reduce((sum, part) => sum + (part ? [...part].length : 0), 0);
}

/** The length limits that make real Discord answer 50035 "Invalid Form Body". */
export function messageFieldErrors(body: MessageBody, path: Path = []): FieldError[] {
  const embeds = body.embeds ?? [];
  const total = embeds.reduce((sum, embed) => sum + embedTextLength(embed), 0);
  return [
    ...tooLong([...path, 'content'], body.content, 2000),
    ...tooMany([...path, 'embeds'], embeds, 10),
    ...embeds.flatMap((embed, i) => embedErrors(embed, [...path, 'embeds', i])),
    ...(total > 6000
      ? [{ path: [...path, 'embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }]
      : []),
  ];
}

/** Discord answers 50006 "Cannot send an empty message" when a new message would show nothing. */
export function isEmptyMessage(body: MessageBody, fileCount: number): boolean {
  const nonEmpty = (list: unknown[] | null | undefined) => (list ?? []).length > 0;
  return (
    !body.content?.trim() &&
    !nonEmpty(body.embeds) &&
    !nonEmpty(body.components) &&
    !nonEmpty(body.attachments) &&
    !nonEmpty(body.sticker_ids) &&
    body.poll == null &&
    fileCount === 0
  );
}

export function autocompleteChoiceErrors(choices: APIApplicationCommandOptionChoice[], path: Path): FieldError[] {
  return [
    ...tooMany([...path, 'choices'], choices, 25),
    ...choices.flatMap((choice, i) => [
      ...blank([...path, 'choices', i, 'name'], choice.name),
      ...tooLong([...path, 'choices', i, 'name'], choice.name, 100),
    ]),
  ];
}
