// Checks on the text the bot writes: length, lone surrogates, raw mentions, verbatim quotes.
import type { Problems } from './bounded.ts';
import { proseTexts, stripInvisible } from './subject.ts';

export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const RAW_EVERYONE = /@(?:everyone|here)/i;
const ROLE_MENTION = /<@&\d+>/;
const USER_MENTION = /<@!?(\d+)>/g;
const CHANNEL_MENTION = /<#\d+>/;

export interface CheckContext {
  /** The users a command was asked to mention (every plausible "mention" option of the payload). */
  mentions?: string[];
  /** Whether the text is the bot's own writing (commands escape user text), so raw mentions are findings. */
  botText: boolean;
  /** Whether quoted lines ("> …") must be verbatim from the articles. */
  quotes: boolean;
}

export function checkText(where: string, text: unknown, max: number, problems: Problems, warnings: Problems, context: CheckContext, { footer = false } = {}): number {
  if (text === undefined) return 0;
  if (typeof text !== 'string') {
    problems.push(`${where} is not a string`);
    return 0;
  }
  if (text.length > max) problems.push(`${where} is ${text.length} characters (limit ${max})`);
  if (LONE_SURROGATE.test(text)) warnings.push(`${where} contains a lone surrogate`);
  if (context.botText) {
    const report = footer ? warnings : problems;
    const suffix = footer ? ' (in a footer, shown as plain text, cannot ping)' : '';
    if (RAW_EVERYONE.test(text)) report.push(`${where} contains a raw ${RAW_EVERYONE.exec(text)![0]}${suffix}`);
    if (ROLE_MENTION.test(text)) report.push(`${where} contains role mention markup${suffix}`);
    if (CHANNEL_MENTION.test(text)) report.push(`${where} contains channel mention markup${suffix}`);
    for (const match of text.matchAll(USER_MENTION)) {
      if (!context.mentions?.includes(match[1]!) || where !== 'content' || match.index !== 0) report.push(`${where} contains user mention markup ${match[0]}${suffix}`);
    }
  }
  if (context.quotes && !footer) checkQuotes(where, text, problems);
  return text.length;
}

/** Every "> " line the bot writes quotes an article: unescaped, it is in a paragraph (as prose). */
function checkQuotes(where: string, text: string, problems: Problems): void {
  for (const line of text.split('\n')) {
    if (!line.startsWith('> ')) continue;
    let quote = stripInvisible(line.slice(2)).replace(/\\([\\`*_~|>#\-[\]()])/g, '$1');
    // A quote cut to fit a limit ends with an ellipsis (and maybe half an escape).
    if (quote.endsWith('…')) quote = quote.slice(0, -1).replace(/\\$/, '').trimEnd();
    if (quote === '') continue;
    if (!proseTexts.some((prose) => prose.includes(quote))) problems.push(`${where}: quoted line is not verbatim from any paragraph: ${JSON.stringify(quote.slice(0, 120))}`);
  }
}
