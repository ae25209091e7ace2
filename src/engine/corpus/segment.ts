// A seed's raw text → its paragraphs, each an exact span of the file, with the heading it sits under.
// Blocks are runs of non-blank lines; a list item (bullet or number, with its indented
// continuation) is a block of its own. A short line without closing punctuation is a heading and
// travels with the paragraphs under it. A lead-in ending in ":" keeps its list with it.
import { isEndMarker, isFurnitureLine, type FurnitureRules } from './furniture.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  heading: string;
}

interface Line extends Span {
  text: string;
}

interface Block extends Span {
  kind: 'text' | 'item';
  lines: Line[];
}

const LIST_MARKER = /^\s*(?:[•·▪●◦‣\-*]|\d{1,2}[.)])\s+/u;
const MAX_HEADING_CHARS = 110;
const MAX_HEADING_WORDS = 16;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of raw.matchAll(/\r?\n|$/g)) {
    const end = match.index;
    lines.push({ start, end, text: raw.slice(start, end) });
    start = end + match[0].length;
    if (match[0] === '') break;
  }
  return lines;
}

/** The span of a run of lines without its leading and trailing white space. */
function trimmedSpan(raw: string, lines: Line[]): Span {
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  let start = first.start;
  let end = last.end;
  while (start < end && /\s/u.test(raw[start] as string)) start++;
  while (end > start && /\s/u.test(raw[end - 1] as string)) end--;
  return { start, end };
}

function toBlocks(raw: string, rules: FurnitureRules): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const close = () => {
    if (current) blocks.push({ ...current, ...trimmedSpan(raw, current.lines) });
    current = null;
  };
  for (const line of splitLines(raw)) {
    if (isEndMarker(line.text)) break;
    if (line.text.trim() === '' || isFurnitureLine(line.text, rules)) {
      close();
      continue;
    }
    const startsItem = LIST_MARKER.test(line.text);
    const continuesItem = current?.kind === 'item' && !startsItem && /^\s{2,}/.test(line.text);
    if (startsItem) close();
    if (current && (continuesItem || (current.kind === 'text' && !startsItem))) {
      current.lines.push(line);
      continue;
    }
    close();
    current = { kind: startsItem ? 'item' : 'text', lines: [line], start: 0, end: 0 };
  }
  close();
  return blocks;
}

function isHeading(raw: string, block: Block): boolean {
  if (block.kind !== 'text' || block.lines.length !== 1) return false;
  const text = raw.slice(block.start, block.end);
  if (text.length > MAX_HEADING_CHARS || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  return !/[.:;,…"'”’]$/u.test(text);
}

function isAttribution(raw: string, block: Block): boolean {
  return block.kind === 'text' && block.lines.length === 1 && /^[—–]\s*\S/u.test(raw.slice(block.start, block.end));
}

/** Drops a heading's decorations (emoji, symbols) so it reads as plain words. */
function headingText(raw: string, block: Block): string {
  return raw.slice(block.start, block.end).replace(/^[^\p{L}\p{N}]+/u, '').trim();
}

export function segment(raw: string, rules: FurnitureRules): Segment[] {
  const blocks = toBlocks(raw, rules);
  const segments: Segment[] = [];
  let heading = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    // An attribution line ("— from The Master and Margarita") belongs to the quotation above it.
    const previous = segments[segments.length - 1];
    if (previous && isAttribution(raw, block)) {
      previous.end = block.end;
      continue;
    }
    if (isHeading(raw, block)) {
      heading = headingText(raw, block);
      continue;
    }
    let end = block.end;
    const leadsIn = block.kind === 'text' && raw.slice(block.start, block.end).endsWith(':');
    while (leadsIn && blocks[i + 1]?.kind === 'item') {
      end = (blocks[i + 1] as Block).end;
      i++;
    }
    segments.push({ start: block.start, end, heading });
  }
  return segments;
}
