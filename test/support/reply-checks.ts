/**
 * Checks on what the bot sends Discord, written independently of the bot's own rendering code:
 * the expected values come from the seed files, sources.json and Discord's documented limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../src/engine/types.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');

/** A manifest entry, as the tests read it from seeds/sources.json themselves. */
export type SeedSource = Omit<Source, 'notes' | 'furniture'>;

export interface Seed {
  source: SeedSource;
  raw: string;
  /** The whole file with every run of whitespace collapsed to one space. */
  flat: string;
  /** The file's blank-line separated blocks, flattened. */
  blocks: string[];
}

/** Whitespace collapsed, so a quotation joined onto one line still matches the file. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const MANIFEST = JSON.parse(readFileSync(join(SEEDS_DIR, 'sources.json'), 'utf8')) as { sources: SeedSource[] };

export const SEEDS: Seed[] = MANIFEST.sources.map((source) => {
  const raw = readFileSync(join(SEEDS_DIR, source.file), 'utf8');
  return { source, raw, flat: flatten(raw), blocks: raw.split(/\n\s*\n/).map(flatten).filter(Boolean) };
});

/** Sanity: the manifest lists every seed file in the folder. */
export const SEED_FILES = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));

/** Undoes Discord escaping: backslash escapes and the zero-width spaces that break mentions. */
export function unescapeDiscord(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\\(.)/g, '$1');
}

/** The quoted lines ("> ...") of a Markdown text, unescaped and flattened. */
export function quotedExcerpts(markdown: string | undefined): string[] {
  return (markdown ?? '')
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => flatten(unescapeDiscord(line.slice(2))));
}

/** The attribution lines ("— ...") of a Markdown text, unescaped. */
export function attributionLines(markdown: string | undefined): string[] {
  return (markdown ?? '')
    .split('\n')
    .filter((line) => line.startsWith('— '))
    .map((line) => unescapeDiscord(line.slice(2)).trim());
}

/** The seeds whose text contains `excerpt` verbatim (whitespace aside). */
export function seedsContaining(excerpt: string): Seed[] {
  const needle = flatten(excerpt);
  return SEEDS.filter((seed) => seed.flat.includes(needle));
}

/** How a reader expects a date: "8 Jul 2025"; "undated" when the source prints none. */
export function readableDate(isoDate: string): string {
  if (isoDate === '') return 'undated';
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The word a citation must show for each kind, so commentary never passes for news. */
export const KIND_WORD: Record<SeedSource['kind'], RegExp> = {
  report: /\bnews report\b/,
  analysis: /\banalysis\b/,
  opinion: /\bopinion\b/,
  persona: /\bpersona\b.*\bnot journalism\b/,
};

/** The name a citation gives a source: its outlet, or its headline when no outlet is known. */
export function expectedSourceName(source: SeedSource): string {
  return source.outlet !== '' ? source.outlet : `“${source.title}”`;
}

export interface CitedExcerpt {
  excerpt: string;
  citation: string;
  seed: Seed;
  paragraph: number;
}

/**
 * Pairs each quoted excerpt with the attribution line that follows it, and checks both against the
 * seeds: the excerpt is verbatim from one seed, and the attribution names that seed's outlet (or
 * headline), its date, a paragraph number no later than the excerpt's block in the file, and its
 * kind. Returns what it found, or a list of problems.
 */
export function checkCitedExcerpts(markdown: string | undefined): { cited: CitedExcerpt[]; problems: string[] } {
  const lines = (markdown ?? '').split('\n');
  const cited: CitedExcerpt[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('> ')) return;
    const excerpt = flatten(unescapeDiscord(line.slice(2)));
    const next = lines[i + 1] ?? '';
    const seeds = seedsContaining(excerpt);
    if (seeds.length === 0) {
      problems.push(`not verbatim from any seed: "${excerpt.slice(0, 80)}…"`);
      return;
    }
    if (!next.startsWith('— ')) {
      problems.push(`no citation line after "${excerpt.slice(0, 40)}…"`);
      return;
    }
    const citation = unescapeDiscord(next.slice(2)).trim();
    const parts = citation.split(' · ');
    const seed = seeds.find((s) => parts[0] === expectedSourceName(s.source));
    if (!seed) {
      problems.push(`citation "${citation}" does not name the source of "${excerpt.slice(0, 40)}…" (${seeds.map((s) => s.source.id).join(', ')})`);
      return;
    }
    const paragraph = Number(/^¶(\d+)$/.exec(parts[2] ?? '')?.[1] ?? NaN);
    const blockIndex = seed.blocks.findIndex((block) => block.includes(excerpt.slice(0, 60)));
    if (parts[1] !== readableDate(seed.source.date)) problems.push(`citation "${citation}": expected date ${readableDate(seed.source.date)}`);
    if (!Number.isInteger(paragraph) || paragraph < 1) problems.push(`citation "${citation}": no ¶ number`);
    // Kept paragraphs skip headlines and headings, so ¶N is at most the excerpt's block number.
    else if (blockIndex >= 0 && paragraph > blockIndex + 1) problems.push(`citation "${citation}": ¶${paragraph} is after the excerpt's block ${blockIndex + 1}`);
    if (!KIND_WORD[seed.source.kind].test(parts.slice(3).join(' · '))) problems.push(`citation "${citation}": kind ${seed.source.kind} not shown`);
    cited.push({ excerpt, citation, seed, paragraph });
  });
  return { cited, problems };
}

// ---------------------------------------------------------------------------------------------
// Discord's documented limits, checked on any interaction response body.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const chars = (text: unknown): number => (typeof text === 'string' ? [...text].length : 0);

interface AnyEmbed {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: Array<{ name?: string; value?: string }>;
}

interface AnyMessage {
  content?: string;
  embeds?: AnyEmbed[];
  components?: Array<{ type?: number; components?: Array<{ type?: number; custom_id?: string; label?: string }> }>;
  allowed_mentions?: { parse?: unknown[] };
}

/** Every way `body` breaks Discord's limits (empty when it fits). */
export function discordLimitViolations(body: unknown): string[] {
  const problems: string[] = [];
  const response = body as { type?: number; data?: AnyMessage & { choices?: Array<{ name?: unknown; value?: unknown }> } };
  const data = response?.data ?? {};
  if (response?.type === 8) {
    const choices = data.choices ?? [];
    if (choices.length > 25) problems.push(`${choices.length} choices (max 25)`);
    for (const choice of choices) {
      if (typeof choice.name !== 'string' || chars(choice.name) < 1 || chars(choice.name) > 100) problems.push(`choice name ${JSON.stringify(choice.name)}`);
      if (typeof choice.value === 'string' && chars(choice.value) > 100) problems.push(`choice value ${JSON.stringify(choice.value)} over 100`);
      if (typeof choice.value !== 'string' && typeof choice.value !== 'number') problems.push(`choice value ${JSON.stringify(choice.value)}`);
    }
    return problems;
  }
  if (response?.type !== 4 && response?.type !== 7) return problems;
  if (chars(data.content) > 2000) problems.push(`content ${chars(data.content)} chars (max 2000)`);
  const embeds = data.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const fields = embed.fields ?? [];
    if (chars(embed.title) > 256) problems.push(`embed ${i} title ${chars(embed.title)} (max 256)`);
    if (chars(embed.description) > 4096) problems.push(`embed ${i} description ${chars(embed.description)} (max 4096)`);
    if (chars(embed.footer?.text) > 2048) problems.push(`embed ${i} footer ${chars(embed.footer?.text)} (max 2048)`);
    if (fields.length > 25) problems.push(`embed ${i} has ${fields.length} fields (max 25)`);
    fields.forEach((field, j) => {
      if (chars(field.name) < 1 || chars(field.name) > 256) problems.push(`embed ${i} field ${j} name ${chars(field.name)} chars`);
      if (chars(field.value) < 1 || chars(field.value) > 1024) problems.push(`embed ${i} field ${j} value ${chars(field.value)} chars`);
      total += chars(field.name) + chars(field.value);
    });
    total += chars(embed.title) + chars(embed.description) + chars(embed.footer?.text) + chars(embed.author?.name);
  });
  if (total > 6000) problems.push(`embed text ${total} chars (max 6000)`);
  const rows = data.components ?? [];
  if (rows.length > 5) problems.push(`${rows.length} action rows (max 5)`);
  for (const row of rows) {
    const buttons = row.components ?? [];
    if (row.type !== 1) problems.push(`component row of type ${row.type}`);
    if (buttons.length < 1 || buttons.length > 5) problems.push(`${buttons.length} buttons in a row (1 to 5)`);
    for (const button of buttons) {
      const id = button.custom_id ?? '';
      if (chars(id) < 1 || chars(id) > 100) problems.push(`custom_id ${JSON.stringify(id)} ${chars(id)} chars (1 to 100)`);
      if (LONE_SURROGATE.test(id)) problems.push(`custom_id ${JSON.stringify(id)} is not well-formed Unicode (a lone surrogate)`);
      if (chars(button.label) > 80) problems.push(`button label ${chars(button.label)} chars (max 80)`);
    }
  }
  if (!data.allowed_mentions || !Array.isArray(data.allowed_mentions.parse) || data.allowed_mentions.parse.length > 0) {
    problems.push(`allowed_mentions ${JSON.stringify(data.allowed_mentions)} lets Discord parse mentions`);
  }
  return problems;
}

/** All user-visible text of a message response, for "this never appears" checks. */
export function visibleText(body: unknown): string {
  const data = (body as { data?: AnyMessage })?.data ?? {};
  const parts: string[] = [data.content ?? ''];
  for (const embed of data.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name ?? '', field.value ?? '');
  }
  return parts.join('\n');
}
