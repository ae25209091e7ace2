// A Discord message payload → text for a terminal: the same reply the bot would send, read aloud.
import type { toMessageData } from '../bot/discord-payload.ts';

/** A message payload; an update may leave out its content. */
type MessageData = Omit<ReturnType<typeof toMessageData>, 'content'> & { content?: string };

/** Undoes Discord escaping and emphasis so the text reads plainly. */
export function plain(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)\*(\S.*?\S|\S)\*(?=\s|$)/gm, '$1$2')
    .replace(/\\([\\`*_~|>#\-[\]()])/g, '$1');
}

export function renderTerminal(data: MessageData): string {
  const lines: string[] = [];
  if (data.flags & 64) lines.push('(only you can see this)');
  if (data.content) lines.push(plain(data.content));
  for (const embed of data.embeds) {
    if (embed.title) lines.push('', plain(embed.title), '─'.repeat(Math.min(60, embed.title.length)));
    if (embed.description) lines.push(plain(embed.description));
    for (const field of embed.fields ?? []) lines.push('', plain(field.name), plain(field.value));
    if (embed.footer) lines.push('', plain(embed.footer.text));
  }
  const buttons = data.components.flatMap((row) => row.components.map((button) => button.label));
  if (buttons.length > 0) lines.push('', `Buttons: ${buttons.map((label) => `[${label}]`).join(' ')} (type ${buttons.map((l) => `"${l.toLowerCase()}"`).join(' or ')})`);
  return lines.join('\n');
}
