// An article file → clean plain text (blocks separated by one blank line) and what the page prints
// about itself: headline, date, and for HTML pages the outlet, author and address from its <meta>.
// Plain text and Markdown are read line by line; HTML through parse5, a spec-compliant parser, so
// broken markup reads the way a browser reads it.
import { parse, type DefaultTreeAdapterTypes as Html } from 'parse5';
import { isHttpUrl, isRealDate } from '../engine/corpus/manifest.ts';

export type Format = 'text' | 'markdown' | 'html';

export interface Extracted {
  text: string;
  title?: string;
  /** YYYY-MM-DD, only when it names a real day. */
  date?: string;
  outlet?: string;
  author?: string;
  url?: string;
}

export function formatOf(fileName: string, content: string): Format {
  if (/\.x?html?$/i.test(fileName) || /^\s*<(?:!doctype\s+html|html)\b/i.test(content)) return 'html';
  if (/\.(?:md|markdown)$/i.test(fileName)) return 'markdown';
  return 'text';
}

export function extract(content: string, format: Format): Extracted {
  if (format === 'html') return fromHtml(content);
  if (format === 'markdown') return fromMarkdown(content);
  return fromText(content);
}

// ---- Plain text ----------------------------------------------------------------------------------

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g; // zero-width marks, BOM, soft hyphen
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g; // all but tab and newline

/** Text as a seed file holds it: "\n" line ends, no trailing blanks, one blank line between blocks, a final newline. */
function cleanText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/[\t\u00a0]/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd());
  const joined = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
  return joined === '' ? '' : `${joined}\n`;
}

function fromText(content: string): Extracted {
  const text = cleanText(content);
  return { text, ...printedHeadlineAndDate(text) };
}

// ---- Printed dates and headlines -----------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL}\\s+${MONTH},?\\s+(\\d{4})$`, 'i');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
// "Published on", a weekday: what may stand before a date on its own line. "Updated" dates are not publication dates.
const DATE_PREFIX = /^(?:(?:published|posted)(?:\s+on)?:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?/i;

function realDate(year: string | undefined, month: string | number | undefined, day: string | undefined): string | undefined {
  const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(value) ? value : undefined;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

/** The day a machine-readable date (`datetime`, `published_time`: "2025-07-08T10:00:00+03:00") names. */
function machineDate(value: string | undefined): string | undefined {
  const match = ISO_DATE.exec(value?.trim() ?? '');
  return match ? realDate(match[1], match[2], match[3]) : undefined;
}

/** The day a line names when the line is only a date: "July 8, 2025", "8 July 2025", "2025-07-08". */
export function printedDate(line: string): string | undefined {
  const text = line.trim().replace(/\s+/g, ' ').replace(DATE_PREFIX, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return machineDate(text);
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) return realDate(match[3], monthNumber(match[1]), match[2]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return realDate(match[3], monthNumber(match[2]), match[1]);
  return undefined;
}

const TOP_LINES = 12;
const MAX_HEADLINE_CHARS = 200;

/**
 * A headline is the first block when it is one short line that does not end like a sentence. The
 * date is a date line near the top, preferably one after the headline: a line above it is more often
 * the day the page was viewed ("Thursday, December 04, 2025") than the day the article appeared.
 */
function printedHeadlineAndDate(text: string): { title?: string; date?: string } {
  const first = text.split('\n\n').find((block) => block.trim() !== '' && printedDate(block) === undefined)?.trim();
  const isHeadline = first !== undefined && !first.includes('\n') && first.length <= MAX_HEADLINE_CHARS && !/[.,;:]$/.test(first);
  const top = text.split('\n').slice(0, TOP_LINES);
  const headlineAt = isHeadline ? top.findIndex((line) => line.trim() === first) : -1;
  const dates = top.map((line, index) => ({ index, day: printedDate(line) })).filter(({ day }) => day !== undefined);
  const date = (dates.find(({ index }) => index > headlineAt) ?? dates[0])?.day;
  return { title: isHeadline ? first : undefined, date };
}

// ---- Markdown ------------------------------------------------------------------------------------

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;
const FENCE = /^\s*(?:```|~~~)/;
const RULE_OR_UNDERLINE = /^\s*(?:(?:[-*_]\s*){3,}|=+)$/; // a thematic break or a setext heading's underline
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;

/** `title:` and `date:` of a YAML front-matter block, and the text after it. */
function splitFrontMatter(content: string): { body: string; fields: Map<string, string> } {
  const match = FRONT_MATTER.exec(content);
  const fields = new Map<string, string>();
  for (const line of match?.[1]?.split('\n') ?? []) {
    const field = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(line);
    if (field?.[1] && field[2]) fields.set(field[1].toLowerCase(), field[2]);
  }
  return { body: match ? content.slice(match[0].length) : content, fields };
}

/** Inline markup → its text: links keep their words; images, footnote marks, emphasis and code marks go; escapes resolve. */
function markdownInline(line: string): string {
  const escaped: string[] = [];
  return line
    .replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => `\ue000${escaped.push(char) - 1}\ue001`)
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '')
    .replace(/\[\^[^\]]+\]/g, '') // footnote marks
    .replace(/\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)/g, '$1')
    .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/(\S) {2,}/g, '$1 ') // where an image stood
    .replace(/\ue000(\d+)\ue001/g, (_, index: string) => escaped[Number(index)] ?? '');
}

/** Block markup → plain lines: heading marks, quote marks, rules, fences and link definitions go; bullets become "•". */
function markdownLine(line: string): string {
  const heading = ATX_HEADING.exec(line);
  const text = heading ? (heading[2] ?? '') : line.replace(/^\s*(?:>\s?)+/, '').replace(/^(\s*)[-*+]\s+/, '$1• ');
  return markdownInline(text);
}

function fromMarkdown(content: string): Extracted {
  const { body, fields } = splitFrontMatter(content.replace(/\r\n?/g, '\n'));
  const lines: string[] = [];
  let headline: string | undefined;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    else if (fenced) lines.push(line);
    else if (RULE_OR_UNDERLINE.test(line)) lines.push('');
    else if (!LINK_DEFINITION.test(line)) {
      if (headline === undefined && ATX_HEADING.exec(line)?.[1] === '#') headline = markdownLine(line).trim();
      lines.push(markdownLine(line));
    }
  }
  const text = cleanText(lines.join('\n'));
  const printed = printedHeadlineAndDate(text);
  return {
    text,
    title: fields.get('title') ?? headline ?? printed.title,
    date: machineDate(fields.get('date')) ?? printed.date,
  };
}

// ---- HTML ----------------------------------------------------------------------------------------

type Element = Html.Element;
type ParentNode = Html.ParentNode;

/** Elements whose text is never article text. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'figcaption',
  'iframe', 'svg', 'canvas', 'button', 'select', 'textarea', 'dialog', 'object', 'embed', 'audio', 'video',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
// A class or id that CMSs give to furniture: share bars, comment threads, teaser rails, ad slots.
const FURNITURE_NAME = /^(?:comments?|share|sharing|social|related|newsletter|subscribe|advert\w*|ads?|promo|sidebar|breadcrumbs?|cookie)(?:[-_]|$)/i;
const CONTAINERS = new Set(['article', 'main', 'body']);
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

function isElement(node: Html.Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isDropped(element: Element): boolean {
  if (DROPPED.has(element.tagName) || DROPPED_ROLES.has(attribute(element, 'role') ?? '')) return true;
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return true;
  if (/display\s*:\s*none/i.test(attribute(element, 'style') ?? '')) return true;
  const names = [...(attribute(element, 'class') ?? '').split(/\s+/), attribute(element, 'id') ?? ''];
  return !CONTAINERS.has(element.tagName) && names.some((name) => FURNITURE_NAME.test(name));
}

/** Elements under `root` in document order, not descending into those `skip` rejects. */
function* elementsOf(root: ParentNode, skip: (element: Element) => boolean = () => false): Generator<Element> {
  for (const node of root.childNodes) {
    if (!isElement(node) || skip(node)) continue;
    yield node;
    yield* elementsOf(node, skip);
  }
}

function textOf(root: ParentNode): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node.nodeName === '#text') text += (node as Html.TextNode).value;
    else if (isElement(node) && !DROPPED.has(node.tagName)) text += textOf(node);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function firstOf<T>(elements: Element[], pick: (element: Element) => T | undefined): T | undefined {
  for (const element of elements) {
    const value = pick(element);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The article's element: the longest <article>, else <main>, else the body. */
function contentRoot(document: Html.Document): ParentNode {
  const all = [...elementsOf(document)];
  const articles = all.filter((element) => element.tagName === 'article');
  if (articles.length > 0) {
    return articles.reduce((best, next) => (textOf(next).length > textOf(best).length ? next : best));
  }
  return (
    all.find((element) => element.tagName === 'main' || attribute(element, 'role') === 'main') ??
    all.find((element) => element.tagName === 'body') ??
    document
  );
}

/** Where an article prints its headline and date: the content root with its own <header>, without the page's furniture. */
function articleElements(root: ParentNode): Element[] {
  const ownHeader = isElement(root) && root.tagName !== 'body';
  return [...elementsOf(root, (element) => isDropped(element) && !(ownHeader && element.tagName === 'header'))];
}

/** Collects text as blocks: a block element ends the block before it and its own. */
class BlockWriter {
  readonly blocks: string[] = [];
  #text = '';
  #marker = '';

  write(text: string, preformatted: boolean): void {
    this.#text += preformatted ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
  }

  lineBreak(): void {
    this.#text += '\n';
  }

  /** Ends the block and puts `marker` (a list item's bullet or number) before the next block that has text. */
  mark(marker: string): void {
    this.end();
    this.#marker = marker;
  }

  end(): void {
    const lines = this.#text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    this.#text = '';
    if (lines.length === 0) return;
    this.blocks.push(this.#marker + lines.join('\n'));
    this.#marker = '';
  }
}

function listMarker(item: Element): string {
  const list = item.parentNode;
  if (!list || !isElement(list) || list.tagName !== 'ol') return '• ';
  const items = list.childNodes.filter((node) => isElement(node) && node.tagName === 'li');
  return `${items.indexOf(item) + 1}. `;
}

function writeBlocks(root: ParentNode, writer: BlockWriter, preformatted = false): void {
  for (const node of root.childNodes) {
    if (node.nodeName === '#text') writer.write((node as Html.TextNode).value, preformatted);
    else if (isElement(node) && !isDropped(node)) writeElement(node, writer, preformatted);
  }
}

function writeElement(element: Element, writer: BlockWriter, preformatted: boolean): void {
  const { tagName } = element;
  if (tagName === 'br') return writer.lineBreak();
  if (tagName === 'li') writer.mark(listMarker(element));
  else if (BLOCKS.has(tagName)) writer.end();
  writeBlocks(element, writer, preformatted || tagName === 'pre');
  if (tagName === 'li') writer.mark('');
  else if (BLOCKS.has(tagName)) writer.end();
}

/** `<meta property|name|itemprop=KEY content=...>`, the first of `keys` that says something. */
function metaContent(document: Html.Document, ...keys: string[]): string | undefined {
  const metas = [...elementsOf(document)].filter((element) => element.tagName === 'meta');
  for (const key of keys) {
    const found = metas.find((meta) => {
      const name = attribute(meta, 'property') ?? attribute(meta, 'name') ?? attribute(meta, 'itemprop');
      return name?.toLowerCase() === key && attribute(meta, 'content')?.trim();
    });
    if (found) return attribute(found, 'content')?.trim();
  }
  return undefined;
}

function pageTitle(document: Html.Document, article: Element[]): string | undefined {
  const h1 = article.find((element) => element.tagName === 'h1' && textOf(element) !== '');
  const title = [...elementsOf(document)].find((element) => element.tagName === 'title');
  return (h1 && textOf(h1)) || metaContent(document, 'og:title', 'twitter:title') || (title && textOf(title)) || undefined;
}

/** From `<time datetime>`, else the published-time meta, else an element that holds nothing but a date. */
function pageDate(document: Html.Document, article: Element[]): string | undefined {
  return (
    firstOf(article, (element) => (element.tagName === 'time' ? machineDate(attribute(element, 'datetime')) : undefined)) ??
    machineDate(metaContent(document, 'article:published_time', 'datepublished', 'date', 'pubdate')) ??
    firstOf(article, (element) => (element.childNodes.some(isElement) ? undefined : printedDate(textOf(element))))
  );
}

function pageUrl(document: Html.Document): string | undefined {
  const canonical = [...elementsOf(document)].find((element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical');
  const url = (canonical && attribute(canonical, 'href')) ?? metaContent(document, 'og:url');
  return url && isHttpUrl(url) ? url : undefined;
}

function fromHtml(content: string): Extracted {
  const document = parse(content);
  const root = contentRoot(document);
  const article = articleElements(root);
  const writer = new BlockWriter();
  writeBlocks(root, writer);
  const author = metaContent(document, 'author');
  return {
    text: cleanText(writer.blocks.join('\n\n')),
    title: pageTitle(document, article),
    date: pageDate(document, article),
    outlet: metaContent(document, 'og:site_name'),
    author: author && !isHttpUrl(author) ? author : undefined,
    url: pageUrl(document),
  };
}
