// Hostile strings: odd characters, markup, mentions, boundary lengths, and mutated real questions.
import { chance, int, pick } from './random.ts';
import { questions } from './subject.ts';

const ATOMS = [
  '', ' ', '\n', '\t', '\r\n', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u3000', '\u2028', '\u2029',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2060', '\ufeff', '\u00ad',
  '😀', '👍🏽', '🇦🇫', '👨‍👩‍👧‍👦', '🏳️‍🌈', 'e\u0301', 'Z\u0351\u0352\u0353\u0354\u0355', 'ﷺ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'Ｒｕｓｓｉａ', 'ﬁ', 'İ', 'ß', 'Σ', 'ǅ',
  'طالبان', 'روسیه', 'שלום', 'Россия', '塔利班', 'タリバン', 'ตาลีบัน',
  '**bold**', '*it*', '__u__', '~~s~~', '||spoiler||', '`code`', '```js\nconsole.log(1)\n```', '```', '> quote', '>>> block', '# H1', '-# small', '- item', '1. item',
  '[link](https://example.com)', '<https://example.com>', 'https://discord.gg/invite', '\\', '\\*', '\\@everyone',
  '@everyone', '@here', '@Everyone', '＠everyone', '@\u200beveryone', '<@&123456789012345678>', '<@123456789012345678>', '<@!123456789012345678>',
  '<#123456789012345678>', '<:emoji:123456789012345678>', '<a:anim:123456789012345678>', '<t:1700000000:R>', '</ask:123456789012345678>',
  '*', '~', '^', '"', "'", '(', ')', 'AND', 'OR', 'NOT', ':', '-', '+', '?', '!', '.', ',', ';', '/', '|', '||', '&&', '$', '{}', '[]', '.*', '\\d+', '(?:', '[[',
  'field:value', 'text:russia', 'heading:risks', 'russia~2', 'taliban^3', '"exact phrase"', '-russia', '+china', 'rus*', '__date',
  '\ud800', '\udc00', '\ud83d', '\ude00x', '\udbff\udbff',
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
  'US', 'U.S.', 'U.S', 'us', 'ISIS-K', 'IS\u2011K', 'al-Qaeda', 'Russia’s', "Taliban's", '2025', '03/07/2025', 'July 3',
  'v2|more|ask|-|0|1|h|f|x', 'v1|more|ask|-|0|1|h|x', 'Question: ', 'null', 'undefined', 'NaN', '-1', '1e309', '0x1F',
  '<script>alert(1)</script>', '%s%n%x', '../../etc/passwd', '${7*7}', '{{7*7}}',
];
const BOUNDARY_LENGTHS = [31, 32, 33, 99, 100, 101, 255, 256, 257, 299, 300, 301, 999, 1000, 1001, 1023, 1024, 1025, 2000, 2001, 2048, 4000, 4001, 4096, 4097, 6000, 6001, 100_000];

function randomCodePoint(): string {
  const kind = int(0, 9);
  if (kind === 0) return String.fromCharCode(int(0xd800, 0xdfff)); // lone surrogate
  if (kind === 1) return String.fromCharCode(int(0, 0x1f));
  if (kind <= 3) return String.fromCodePoint(int(0x20, 0x7e));
  if (kind <= 6) return String.fromCodePoint(chance(0.8) ? int(0xa0, 0xd7ff) : int(0xe000, 0xfffd));
  return String.fromCodePoint(int(0x10000, 0x10ffff));
}

export function repeatTo(chunk: string, length: number): string {
  if (chunk === '') chunk = 'a';
  return chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
}

function mutate(question: string): string {
  let q = question;
  for (let n = int(1, 3); n > 0; n--) {
    const at = int(0, q.length);
    switch (int(0, 15)) {
      case 0: q = q.slice(0, at) + pick(ATOMS) + q.slice(at); break;
      case 1: q = q.slice(0, at) + q.slice(at + 1); break;
      case 2: q = q.replace(/\S+/, (w) => `${w} ${w}`); break;
      case 3: q = q.toUpperCase(); break;
      case 4: q = q.toLowerCase(); break;
      case 5: q = q.replace(/ /g, () => pick([' ', '\u00a0', '\t', '\n', '  ', '\u200b ', ' \u202e'])); break;
      case 6: q = [...q].reverse().join(''); break;
      case 7: q = `${q} `.repeat(int(2, 60)); break;
      case 8: q = q.slice(0, at); break; // may cut a surrogate pair
      case 9: q = `\`\`\`\n${q}\n\`\`\``; break;
      case 10: q = `@everyone ${q} @here`; break;
      case 11: q = `${q}${'?'.repeat(int(1, 50))}`; break;
      case 12: q = [...q].join(pick(['\u200b', '\u200d', '\u00ad', '\u0301'])); break;
      case 13: q = q.normalize(pick(['NFD', 'NFKD', 'NFC', 'NFKC'] as const)); break;
      case 14: q = q.replace(/[a-z]/g, (c) => (chance(0.3) ? String.fromCodePoint(c.codePointAt(0)! - 0x61 + 0xff41) : c)); break;
      default: q = `${q} ${pick(questions)}`;
    }
  }
  return q;
}

export function hostile(): string {
  switch (int(0, 11)) {
    case 0: return '';
    case 1: return pick(ATOMS);
    case 2: return Array.from({ length: int(1, 20) }, () => pick(ATOMS)).join(pick(['', ' ', '\n']));
    case 3: return repeatTo(pick([...ATOMS, 'a', 'Russia ', 'x y ', '😀']), pick(BOUNDARY_LENGTHS));
    case 4: return Array.from({ length: int(1, 40) }, () => String.fromCharCode(int(0, 0x1f))).join('');
    case 5: return Array.from({ length: int(1, 200) }, randomCodePoint).join('');
    case 6:
    case 7: return pick(questions);
    case 8:
    case 9: return mutate(pick(questions));
    case 10: return `${pick(ATOMS)} ${pick(questions)} ${pick(ATOMS)}`;
    default: return `${pick(['why', 'how', 'what', 'who'])} ${pick(ATOMS)} ${pick(['Russia', 'China', 'risks', 'ISIS-K', 'India', 'lithium', 'constructor'])}`;
  }
}
