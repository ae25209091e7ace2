// How the trainer writes a note file (src/engine/corpus/paragraph-notes.ts): one entry per line,
// each naming its paragraph and how it begins.
import type { Paragraph } from '../../src/engine/types.ts';

/** How much of a paragraph's opening an entry records (a seed edited under it is then caught). */
const BEGINS_CHARS = 40;

export function noteOf<T extends object>(paragraph: Paragraph, note: T): { id: string; begins: string } & T {
  return { id: paragraph.id, begins: paragraph.text.slice(0, BEGINS_CHARS), ...note };
}

export function noteFileText(entries: object[]): string {
  return `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`;
}
