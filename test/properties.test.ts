// Properties over arbitrary input: whatever anyone types, the engine answers without throwing and
// quotes verbatim, and whatever is rendered fits Discord's limits and pings no one. Plus the
// helpers the payload relies on: fit(), and the button custom_id codec.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/engine/corpus/load.ts';
import { createEngine } from '../src/engine/engine.ts';
import { FACETS, SOURCE_KINDS, type Answer, type Facet, type Result } from '../src/engine/types.ts';
import { fit, LIMITS, toInteractionResponse, toMessageData, wellFormed as replaceLoneSurrogates } from '../src/bot/discord-payload.ts';
import { decodeButton, encodeButton, questionFooter, type ButtonAction, type Lookup } from '../src/bot/custom-id.ts';
import { lookupReply } from '../src/bot/lookup.ts';
import { answerView, QUOTED_NOT_GENERATED } from '../src/render/answer-view.ts';
import type { Choice, MessageView } from '../src/bot/types.ts';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const engine = createEngine(loadCorpus(SEEDS));
const seedText = new Map(engine.corpus.sources.map((s) => [s.file, readFileSync(join(SEEDS, s.file), 'utf8')]));

/** Bounded runs and bounded time: a slow case fails the test's timeout rather than hanging. */
const RUNS = { numRuns: 200, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: false } as const;
const TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------
// Generators

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const HOSTILE = [
  '', '\u0000', '\u0007', '\b', '\t', '\n', '\r\n', '\u001b[31m', '\u007f', '\u0085',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069',
  '😀', '👩‍👩‍👧', '🇺🇸', 'e\u0301', '\ufdfd',
  '```', '```js\nconsole.log(1)\n```', '`code`', '**bold**', '__under__', '~~strike~~', '||spoiler||', '> quote', '# Heading', '-# small',
  '[link](https://example.com)', '<https://example.com>', 'https://discord.gg/invite',
  '@everyone', '@here', '@@everyone', '<@123456789012345678>', '<@!123>', '<@&123>', '<#456>', '</ask:1>', '<t:0:R>', '<:emoji:1>',
  '*', '^', '~', '"', '(', ')', '+', '-', ':', 'AND', 'OR', 'NOT', '\\', '|', '||', '.', '…', '. ', '.” ', '”\n',
];
const WORDS = [
  'Why did Russia recognise the Taliban?', 'ISIS\u2011K', 'China', 'risks', 'lithium', 'Central Asia', 'recognise',
  'Moscow’s', 'U.S.', 'US', 'us', 'North–South', 'How did China react?', 'women', 'terrorism',
];

const piece = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.string({ unit: 'binary' }), // any code point (the old fc.fullUnicodeString)
  fc.string({ unit: loneSurrogate, maxLength: 3 }),
);

/** A mix of the above, joined by nothing, spaces or line breaks; sometimes enormous. */
const mixed = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.tuple(piece, fc.constantFrom('', ' ', '\n', '  ', '\t')), { maxLength: 12 }).map((parts) => parts.map(([p, sep]) => p + sep).join('')) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 1000, max: 100_000 })).map(([p, n]) => (p || 'a ').repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n)) },
);

const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mixed);

/** Text of any length up to past every limit, made of words. */
const longText = fc
  .tuple(fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...WORDS, ...HOSTILE)), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 7000 }))
  .map(([words, n]) => {
    let out = '';
    for (let i = 0; out.length < n; i++) out += `${words[i % words.length]} `;
    return out.slice(0, n);
  });

const anyText = fc.oneof(anyString, longText);
/** Well-formed text dense in characters outside the BMP, around 100 code units long: where cuts land on emoji. */
const astralHeavy = fc
  .array(fc.oneof(fc.constantFrom('😀', '𐀀', '👩‍👩‍👧', 'a', ' ', 'é'), fc.string({ unit: 'binary', maxLength: 2 })), { minLength: 30, maxLength: 130 })
  .map((parts) => parts.join(''));
const snowflake = fc.bigInt({ min: 1n, max: 10n ** 20n - 1n }).map(String);
const facetOrNull = fc.constantFrom<Facet | null>(null, ...FACETS);

// ---------------------------------------------------------------------------------------------
// Checks

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** A message body; an update may leave the content out (it keeps the message's own). */
type MessageData = Omit<ReturnType<typeof toMessageData>, 'content'> & { content?: string };

function expectFitsDiscord(data: MessageData, mentionUserId?: string): void {
  expect((data.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  expect(data.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of data.embeds) {
    if (embed.title !== undefined) {
      expect(embed.title.length).toBeLessThanOrEqual(256);
      total += embed.title.length;
    }
    if (embed.description !== undefined) {
      expect(embed.description.length).toBeLessThanOrEqual(4096);
      total += embed.description.length;
    }
    if (embed.footer !== undefined) {
      expect(embed.footer.text.length).toBeLessThanOrEqual(2048);
      total += embed.footer.text.length;
    }
    const fields = embed.fields ?? [];
    expect(fields.length).toBeLessThanOrEqual(25);
    for (const field of fields) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(6000);
  expect(data.components.length).toBeLessThanOrEqual(5);
  for (const row of data.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeGreaterThan(0);
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(button.label.length).toBeGreaterThan(0);
      expect(button.label.length).toBeLessThanOrEqual(80);
    }
  }
  // Discord's JSON is UTF-8: half of a surrogate pair cannot be sent.
  for (const text of texts(data)) expect(wellFormed(text), JSON.stringify(text)).toBe(true);
  // Nobody is pinged but the one user the view names (when it is a real user id).
  const mention = mentionUserId !== undefined && /^\d{1,20}$/.test(mentionUserId) ? mentionUserId : undefined;
  expect(data.allowed_mentions.parse).toEqual([]);
  expect(data.allowed_mentions.roles).toEqual([]);
  expect(data.allowed_mentions.replied_user).toBe(false);
  expect(data.allowed_mentions.users).toEqual(mention ? [mention] : []);
}

/** Every text of a message a person reads. */
function texts(data: MessageData): string[] {
  return [
    data.content ?? '',
    ...data.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]),
    ...data.components.flatMap((row) => row.components.map((b) => b.label)),
  ];
}

function expectNoRawMassMention(data: MessageData): void {
  for (const text of texts(data)) expect(text).not.toMatch(/@(?:everyone|here)/);
}

function expectVerbatim(result: Result): void {
  const paragraph = engine.paragraph(result.id);
  expect(paragraph).toBeDefined();
  expect(result.text).toBe(paragraph!.text);
  expect(seedText.get(result.file)!.includes(result.text)).toBe(true);
  expect(result.excerpt.length).toBeGreaterThan(0);
  expect(result.text.includes(result.excerpt)).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe('engine.ask on arbitrary input', () => {
  it(
    'never throws, and every excerpt is verbatim',
    () => {
      const options = fc.record(
        {
          facet: facetOrNull,
          actor: fc.constantFrom(null, 'china', 'iran', 'iskp', 'nobody', ''),
          limit: fc.integer({ min: -3, max: 40 }),
          offset: fc.integer({ min: -3, max: 60 }),
          perSource: fc.boolean(),
        },
        { requiredKeys: [] },
      );
      let answered = 0;
      fc.assert(
        fc.property(anyString, options, (question, opts) => {
          const answer = engine.ask(question, opts);
          expect(answer.query).toBe(question);
          expect(answer.results.length).toBeLessThanOrEqual(25);
          for (const result of answer.results) expectVerbatim(result);
          if (answer.results.length > 0) answered++;
        }),
        RUNS,
      );
      expect(answered, 'some generated questions are answered, so excerpts were checked').toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

describe('what is rendered for Discord', () => {
  const lookup = fc.record({
    command: fc.constantFrom('ask', 'drivers', 'risks', 'reactions', 'find-sources'),
    query: anyString,
    facet: facetOrNull,
    offset: fc.integer({ min: 0, max: 30 }),
    owner: snowflake,
    hidden: fc.boolean(),
  });

  it(
    'a lookup reply fits the limits, pings nobody, and shows no raw @everyone/@here',
    () => {
      // A hidden answer with more pages, addressed to a user: content, both buttons, one mention.
      const example = toInteractionResponse(
        lookupReply({ command: 'ask', query: '@here why did Russia recognise the Taliban?', facet: null, offset: 0, owner: '42', hidden: true }, engine, '123456789012345678'),
      );
      expect(example.type === 4 && example.data.components[0]?.components.map((b) => b.label)).toEqual(['More', 'Post publicly']);
      if (example.type === 4) {
        expectFitsDiscord(example.data, '123456789012345678');
        expectNoRawMassMention(example.data);
      }

      const mention = fc.option(fc.oneof(snowflake, anyString), { nil: undefined });
      let withButtons = 0;
      fc.assert(
        fc.property(lookup, mention, (l: Lookup, mentionUserId) => {
          const response = toInteractionResponse(lookupReply(l, engine, mentionUserId));
          expect(response.type).toBe(4); // ChannelMessageWithSource
          if (response.type === 4) {
            expectFitsDiscord(response.data, mentionUserId);
            expectNoRawMassMention(response.data);
            if (response.data.components.length > 0) withButtons++;
          }
        }),
        RUNS,
      );
      expect(withButtons, 'some generated lookups are answered with buttons').toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'an answer view of any answer fits the limits, pings nobody, and shows no raw @everyone/@here',
    () => {
      const result: fc.Arbitrary<Result> = fc.record({
        id: anyString,
        file: anyString,
        paragraph: fc.nat(999),
        heading: anyText,
        text: anyText,
        excerpt: anyText,
        facets: fc.subarray([...FACETS]),
        actors: fc.array(anyString, { maxLength: 3 }),
        score: fc.double({ noNaN: true }),
        source: fc.record({
          title: anyText,
          outlet: anyString,
          author: anyString,
          date: fc.oneof(fc.constant(''), fc.constantFrom('2025-07-04', '2025-07-18'), anyString),
          url: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9]{1,40}$/).map((path) => `https://example.com/${path}`)),
          kind: fc.constantFrom(...SOURCE_KINDS),
        }),
        alsoIn: fc.array(fc.record({ id: anyString, file: anyString }), { maxLength: 4 }),
      });
      const answer: fc.Arbitrary<Answer> = fc.record({ query: anyString, facet: facetOrNull, results: fc.array(result, { maxLength: 8 }) });
      fc.assert(
        fc.property(answer, anyText, anyText, (a, heading, name) => {
          const data = toMessageData(answerView(a, { heading, nameOf: (id) => `${name}${id}` }));
          expectFitsDiscord(data);
          expectNoRawMassMention(data);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'any message view is made to fit, and pings only the named user',
    () => {
      const view: fc.Arbitrary<MessageView> = fc.record(
        {
          content: anyText,
          embeds: fc.array(
            fc.record(
              {
                title: anyText,
                url: fc.constant('https://example.com/'),
                description: anyText,
                footer: anyText,
                fields: fc.array(fc.record({ name: anyText, value: anyText }), { maxLength: 30 }),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 12 },
          ),
          buttons: fc.array(fc.record({ customId: fc.string({ maxLength: 150 }), label: anyText, style: fc.constantFrom('primary' as const, 'secondary' as const) }), { maxLength: 7 }),
          ephemeral: fc.boolean(),
          mentionUserId: fc.oneof(snowflake, anyString),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(view, (v) => {
          expectFitsDiscord(toMessageData(v), v.mentionUserId);
          const update = toInteractionResponse({ kind: 'update', view: v });
          if (update.type === 7) expectFitsDiscord(update.data, v.mentionUserId);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  const choices: fc.Arbitrary<Choice[]> = fc.array(fc.record({ name: anyText, value: fc.oneof(anyText, fc.integer()) }), { maxLength: 40 });

  it(
    'autocomplete answers at most 25 choices, names 1-100 and values up to 100 characters',
    () => {
      fc.assert(
        fc.property(choices, (list) => {
          const response = toInteractionResponse({ kind: 'choices', choices: list });
          expect(response.type).toBe(8);
          if (response.type !== 8) return;
          expect(response.data.choices.length).toBeLessThanOrEqual(25);
          expect(response.data.choices.length).toBe(Math.min(25, list.length));
          for (const choice of response.data.choices) {
            expect(choice.name.length).toBeGreaterThan(0);
            expect(choice.name.length).toBeLessThanOrEqual(100);
            if (typeof choice.value === 'string') expect(choice.value.length).toBeLessThanOrEqual(100);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'autocomplete names and values are well-formed: never cut inside an emoji, half surrogate pairs replaced',
    () => {
      // Discord's JSON is UTF-8: a lone surrogate cannot be sent, and a cut value would never match.
      const value = `a${'😀'.repeat(60)}`; // the 100th code unit is the first half of an emoji
      const response = toInteractionResponse({ kind: 'choices', choices: [{ name: 'emoji', value }] });
      const sent = response.type === 8 ? response.data.choices[0]!.value : '';
      expect(wellFormed(String(sent)), JSON.stringify(sent)).toBe(true);

      const anyChoices = fc.array(fc.record({ name: fc.oneof(astralHeavy, anyText), value: fc.oneof(astralHeavy, anyText) }), { maxLength: 30 });
      fc.assert(
        fc.property(anyChoices, (list) => {
          const response = toInteractionResponse({ kind: 'choices', choices: list });
          if (response.type !== 8) return;
          for (const choice of response.data.choices) {
            expect(wellFormed(choice.name)).toBe(true);
            expect(wellFormed(String(choice.value))).toBe(true);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('a facet command asked with nothing', () => {
  it('states no empty question in its footer, and its More button pages the same facet', () => {
    const response = toInteractionResponse(lookupReply({ command: 'drivers', query: '', facet: 'drivers', offset: 0, owner: '42', hidden: false }, engine));
    expect(response.type).toBe(4);
    if (response.type !== 4) return;
    expect(response.data.embeds[0]?.footer?.text).toBe(QUOTED_NOT_GENERATED);
    const more = response.data.components[0]?.components.find((button) => button.label === 'More');
    const decoded = decodeButton(more?.custom_id ?? '', response.data.embeds[0]?.footer?.text);
    expect(decoded?.lookup).toMatchObject({ command: 'drivers', query: '', facet: 'drivers', offset: 3 });
  });
});

describe('fit()', () => {
  /** The maximal run of non-white-space characters around position `at` (a cut between at-1 and at). */
  function wordAround(text: string, at: number): string {
    let start = at;
    let end = at;
    while (start > 0 && /\S/u.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/u.test(text[end]!)) end++;
    return text.slice(start, end);
  }

  /** Plain words of varied length, with limits near their lengths: where word-boundary cuts are decided. */
  const wordy = fc.tuple(fc.array(fc.stringMatching(/^[a-z]{1,30}[.,!?]?$/), { minLength: 2, maxLength: 10 }).map((words) => words.join(' ')), fc.integer({ min: 2, max: 60 }));
  const fitInput = fc.oneof(
    { weight: 1, arbitrary: fc.tuple(fc.oneof(anyString, longText, fc.string({ unit: 'binary' })), fc.integer({ min: 1, max: 300 })) },
    { weight: 2, arbitrary: wordy },
  );

  it(
    'returns at most max characters; the text itself when it fits; else a prefix and an ellipsis',
    () => {
      fc.assert(
        fc.property(fitInput, ([text, max]) => {
          const out = fit(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (text.length <= max) {
            expect(out).toBe(text);
            return;
          }
          expect(out.endsWith('…')).toBe(true);
          expect(text.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'never leaves a lone surrogate',
    () => {
      const wellFormedText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', minLength: 50, maxLength: 400 }), longText.filter(wellFormed));
      fc.assert(
        fc.property(wellFormedText, fc.integer({ min: 1, max: 300 }), (text, max) => {
          expect(wellFormed(fit(text, max))).toBe(true);
        }),
        RUNS,
      );
      // Around an emoji at the cut, whichever half of the pair the limit falls on.
      for (let max = 2; max < 12; max++) expect(wellFormed(fit('😀'.repeat(20), max))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'never cuts inside a word unless the word alone is longer than the limit',
    () => {
      fc.assert(
        fc.property(fitInput, ([text, max]) => {
          if (text.length <= max) return;
          const kept = fit(text, max).slice(0, -1).trimEnd();
          const at = kept.length;
          if (at === 0 || at >= text.length) return;
          if (/\s/u.test(text[at - 1]!) || /\s/u.test(text[at]!)) return;
          const word = wordAround(text, at);
          expect(word.length, `cut inside ${JSON.stringify(word)} at ${max}`).toBeGreaterThanOrEqual(max);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it('a word after leading white space is not cut when it fits the limit alone (found by the property above)', () => {
    // Tab, four astral characters (8 units), tab; limit 9: the word fits alone, not after the tab.
    expect(fit('\t𐀀𐀀𐀀𐀀\t', 9)).toBe('…');
    // A word that could never fit is cut rather than dropped.
    expect(fit(`\t${'b'.repeat(30)}`, 9)).toBe(`\t${'b'.repeat(7)}…`);
  });

  it('a word that fits is not cut even when it starts in the first half of the room', () => {
    // "aa" + an 18-letter word + more: the limit of 20 leaves room for "aa…", not for "aa bbbb…b…".
    const text = `aa ${'b'.repeat(18)} more`;
    expect(fit(text, 20)).toBe('aa…');
  });

  it('a cut at the end of a quoted sentence keeps the closing quotation mark', () => {
    const text = `${'The minister said “we will recognise them.” '}${'Then the story went on and on and on. '.repeat(3)}`;
    const out = fit(text, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.startsWith('The minister said “we will recognise them.”')).toBe(true);
  });

  it('fit(text, 0) is empty', () => {
    expect(fit('abc', 0).length).toBe(0);
  });
});

describe('button custom_id', () => {
  const lookup: fc.Arbitrary<Lookup> = fc.record({
    command: fc.stringMatching(/^[a-z-]{1,32}$/),
    query: anyString,
    facet: facetOrNull,
    offset: fc.integer({ min: 0, max: 999 }),
    owner: snowflake,
    hidden: fc.boolean(),
  });
  const action = fc.constantFrom<ButtonAction>('more', 'post');

  /** Strings shaped like custom ids: valid and invalid fields, any separators, mutations of real ones. */
  const idLike = fc.oneof(
    anyString,
    fc
      .array(fc.oneof(fc.constantFrom('v1', 'v2', 'more', 'post', 'ask', 'risks', '-', 'drivers', '0', '3', '007', '1000', '-1', 'h', 'p', 'x', '', '123456789012345678'), anyString), { minLength: 1, maxLength: 10 })
      .map((parts) => parts.join('|')),
    fc.tuple(action, lookup, fc.nat(120), fc.constantFrom('', '|', 'x', '0', ' ', '\u0000'), fc.boolean()).map(([a, l, at, insert, remove]) => {
      const id = encodeButton(a, l);
      const i = Math.min(at, id.length);
      return remove ? id.slice(0, i) + id.slice(i + 1) : id.slice(0, i) + insert + id.slice(i);
    }),
  );

  it(
    'decodeButton never throws, and what it accepts is a well-formed lookup',
    () => {
      fc.assert(
        fc.property(idLike, (id) => {
          const decoded = decodeButton(id);
          if (decoded === null) return;
          expect(['more', 'post']).toContain(decoded.action);
          expect(decoded.lookup.command).toMatch(/^[a-z-]{1,32}$/);
          expect(decoded.lookup.owner).toMatch(/^\d{1,20}$/);
          expect(Number.isInteger(decoded.lookup.offset) && decoded.lookup.offset >= 0).toBe(true);
          expect(decoded.lookup.facet === null || FACETS.includes(decoded.lookup.facet)).toBe(true);
          expect(typeof decoded.lookup.hidden).toBe('boolean');
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'decodeButton returns null for anything encodeButton did not write',
    () => {
      for (const id of [
        'v2|more|ask|-|007|42|p|f|why', // an offset encodeButton writes as "7"
        'v2|more|ask|-|0|42|p|f|a|b', // a "|" in the question, which encodeButton writes as " "
        `v2|more|ask|-|0|42|p|f|${'x'.repeat(200)}`, // longer than any custom_id (100)
      ]) {
        expect(decodeButton(id), `${JSON.stringify(id)} was accepted`).toBeNull();
      }
      fc.assert(
        fc.property(idLike, (id) => {
          const decoded = decodeButton(id);
          if (decoded === null) return;
          // Re-encoding what was read gives the same id, apart from the mark that says the
          // question was cut; and a cut question filled the id (to 100, or 99 before an emoji).
          const again = encodeButton(decoded.action, decoded.lookup);
          const unmarked = (customId: string) => customId.replace(/^((?:[^|]*\|){7})[cf]\|/, '$1?|');
          expect(unmarked(again), `${JSON.stringify(id)} was accepted`).toBe(unmarked(id));
          if (id.split('|')[7] === 'c') expect(id.length, `${JSON.stringify(id)} was accepted`).toBeGreaterThanOrEqual(99);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'encodeButton round-trips any lookup, the query cut to fit',
    () => {
      fc.assert(
        fc.property(action, lookup, (a, l) => {
          const id = encodeButton(a, l);
          expect(id.length).toBeLessThanOrEqual(100);
          const decoded = decodeButton(id);
          expect(decoded).not.toBeNull();
          const { query, ...rest } = decoded!.lookup;
          const { query: asked, ...expected } = l;
          expect(decoded!.action).toBe(a);
          expect(rest).toEqual(expected);
          const sanitized = asked.replaceAll('|', ' ');
          expect(sanitized.startsWith(query)).toBe(true);
          // As much of the question as fits is kept (one code unit may go with a split emoji).
          const room = 100 - (id.length - query.length);
          expect(query.length).toBeGreaterThanOrEqual(Math.min(sanitized.length, room) - 1);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'a cut question is read back whole from the answer’s footer',
    () => {
      // Slash-command text has no line breaks; anything else a user can type is fair.
      const withBar = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}|${b} ${'why did Russia recognise the Taliban '.repeat(3)}`);
      const question = fc.oneof(anyString, withBar).map((q) => q.replace(/[\r\n]/g, ' '));
      const long = `Russia | Taliban: ${'why did Russia recognise the Taliban, and what are the risks? '.repeat(2)}`;
      const read = decodeButton(encodeButton('more', { command: 'ask', query: long, facet: null, offset: 3, owner: '42', hidden: false }), questionFooter(long));
      expect(read?.lookup.query.replaceAll('|', ' ')).toBe(long.replaceAll('|', ' '));
      fc.assert(
        fc.property(action, lookup, question, (a, l, query) => {
          const footer = `${questionFooter(query)}\n${QUOTED_NOT_GENERATED}`;
          const decoded = decodeButton(encodeButton(a, { ...l, query }), footer);
          // "|" separates the id's fields, so the id carries it as a space, zero-width spaces
          // (invisible, and ignored by the search) may go, and half surrogate pairs (which
          // cannot be sent) become U+FFFD: nothing else changes.
          const same = (text: string) => replaceLoneSurrogates(text).replaceAll('|', ' ').replaceAll('\u200b', '');
          expect(same(decoded?.lookup.query ?? '')).toBe(same(query));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'the custom_id never ends in half an emoji when the query is well-formed',
    () => {
      const id = encodeButton('more', { command: 'ask', query: '😀'.repeat(60), facet: null, offset: 3, owner: '123456789012345678', hidden: false });
      expect(wellFormed(id), JSON.stringify(id)).toBe(true);
      fc.assert(
        fc.property(action, lookup, astralHeavy, (a, l, query) => {
          expect(wellFormed(encodeButton(a, { ...l, query }))).toBe(true);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
