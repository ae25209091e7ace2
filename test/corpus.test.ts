// The corpus as loaded from seeds/: page furniture never indexed, paragraphs exact spans of the
// seed files, headings and lists kept with their paragraphs, sentences not split at abbreviations,
// clear facets and actors; and a broken seeds folder refused with an error naming the file.
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus, MAX_SEED_BYTES } from '../src/engine/corpus/load.ts';
import { CorpusError } from '../src/engine/corpus/manifest.ts';
import type { Paragraph } from '../src/engine/types.ts';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const corpus = loadCorpus(SEEDS);
const raw = new Map(corpus.sources.map((s) => [s.file, readFileSync(join(SEEDS, s.file), 'utf8')]));

/** Folds typography so that a furniture string matches however the seed typed its quotes. */
const plain = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/\u00a0/g, ' ').toLowerCase();

const byText = (needle: string): Paragraph => {
  const found = corpus.paragraphs.filter((p) => p.text.includes(needle));
  expect(found, `exactly one paragraph contains ${JSON.stringify(needle)}`).toHaveLength(1);
  return found[0]!;
};

describe('page furniture is never indexed', () => {
  // From shared/seeds/SOURCES.md and the seed files themselves.
  const FURNITURE = [
    'Leave a Reply',
    'Your email address will not be published',
    'Required fields are marked',
    "Don't Miss",
    'Netherlands considers ending dedicated support for Ukrainian refugees',
    'Housing minister proposes closure of specialised reception centres',
    'Zara and Bershka clothing reappears in Russia',
    'Popular fashion brands return to Russian stores',
    'Sponsor:',
    'QWIKET',
    'Elevate your fantasy game',
    'View Comments',
    'Share via',
    'Copy link',
    'Logo of',
    '2 mins read',
    'Remer,MN',
    'NextImg:',
    'THE AMERICA ONE NEWS',
    'Jul 18, 2025',
    'Regime,Afghanistan, Taliban, Russia, international relations, geopolitics',
    'strong,its,russia,rights,taliban',
    'Thursday, December 04, 2025',
    'Published on July 04, 2025',
    'One thought on',
    'RU-01, Russia Agent',
    'Three Corporate',
  ];

  it.each(FURNITURE)('%j is in no paragraph text or heading', (line) => {
    for (const p of corpus.paragraphs) {
      expect(plain(p.text), p.id).not.toContain(plain(line));
      expect(plain(p.heading), p.id).not.toContain(plain(line));
    }
  });

  it('the furniture strings are really in the seed files (the test checks something)', () => {
    const all = plain([...raw.values()].join('\n'));
    for (const line of FURNITURE) expect(all).toContain(plain(line));
  });

  it('no paragraph, line of a paragraph, or heading repeats its source’s headline', () => {
    for (const source of corpus.sources) {
      const headline = plain(source.title).trim();
      for (const p of corpus.paragraphs.filter((q) => q.sourceId === source.id)) {
        expect(plain(p.text).trim()).not.toBe(headline);
        for (const line of p.text.split('\n')) expect(plain(line).trim()).not.toBe(headline);
        expect(plain(p.heading).trim()).not.toBe(headline);
      }
    }
  });

  it('every source keeps some article text', () => {
    for (const source of corpus.sources) expect(corpus.paragraphs.some((p) => p.sourceId === source.id)).toBe(true);
  });
});

describe('paragraphs are exact spans of their seed file', () => {
  it('text is raw.slice(start, end), trimmed and not empty', () => {
    for (const p of corpus.paragraphs) {
      expect(p.text).toBe(raw.get(p.file)!.slice(p.start, p.end));
      expect(p.text.trim()).toBe(p.text);
      expect(p.text.length).toBeGreaterThan(0);
    }
  });

  it('ids are <stem>#p<N> with N consecutive from 1 in file order', () => {
    for (const source of corpus.sources) {
      const stem = source.file.replace(/\.txt$/, '');
      const paragraphs = corpus.paragraphs.filter((p) => p.sourceId === source.id);
      paragraphs.forEach((p, i) => {
        expect(p.id).toBe(`${stem}#p${i + 1}`);
        expect(p.paragraph).toBe(i + 1);
        expect(p.file).toBe(source.file);
        if (i > 0) expect(p.start).toBeGreaterThanOrEqual(paragraphs[i - 1]!.end);
      });
    }
    expect(new Set(corpus.paragraphs.map((p) => p.id)).size).toBe(corpus.paragraphs.length);
  });
});

describe('headings and lists', () => {
  it.each([
    ['002_327115eeac77dddc.txt', 'Why Recognise the Taliban Now?', ['Russia’s decision seems motivated', 'Secondly, Afghanistan is the source', 'Thirdly, Russia wants to make Afghanistan']],
    ['002_327115eeac77dddc.txt', 'Security Risks and Extremist Blowback', ['Moscow hopes that this recognition will help contain extremism', 'In such a scenario, if the IEA government fails']],
  ])('in %s, %j is no paragraph but the heading of the paragraphs below it', (file, heading, below) => {
    const paragraphs = corpus.paragraphs.filter((p) => p.file === file);
    for (const p of paragraphs) expect(p.text.split('\n').map((l) => l.trim())).not.toContain(heading);
    const under = paragraphs.filter((p) => p.heading === heading);
    expect(under.map((p) => p.text.slice(0, 40))).toEqual(below.map((start) => byText(start).text.slice(0, 40)));
    for (const p of under) expect(below.some((start) => p.text.startsWith(start))).toBe(true);
  });

  it('the lead-in "However, this shift carries risks:" is in one paragraph with its three bullets', () => {
    const p = byText('However, this shift carries risks:');
    expect(p.text.startsWith('However, this shift carries risks:')).toBe(true);
    expect(p.text).toContain('It may draw international criticism');
    expect(p.text).toContain('It ties Russia’s reputation to a regime');
    expect(p.text).toContain('It hinges on the Taliban delivering on commitments');
  });
});

describe('the author box', () => {
  const bio = () => byText('Dr Syed Mohammad Raghib is working as a Research Officer at IIPA');

  it('keeps the bio under "Author" as one paragraph of its own, the last of its source', () => {
    const p = bio();
    expect(p.heading).toBe('Author');
    expect(p.text.startsWith('Dr Syed Mohammad Raghib')).toBe(true);
    expect(p.paragraph).toBe(Math.max(...corpus.paragraphs.filter((q) => q.file === p.file).map((q) => q.paragraph)));
  });

  it('marks it as about the author, with no facets and no actors (New Delhi is where he works, not a party)', () => {
    expect(bio()).toMatchObject({ aboutAuthor: true, facets: [], actors: [] });
    expect(corpus.paragraphs.filter((p) => p.aboutAuthor)).toHaveLength(1);
  });
});

describe('sentences', () => {
  const sentencesOf = (p: Paragraph) => p.sentences.map((s) => p.text.slice(s.start, s.end));

  it.each([
    ['S. Jaishankar', 'India’s External Affairs Minister S. Jaishankar spoke to Taliban Acting Foreign Minister'],
    ['U.S.-backed', 'That resultant decade-long war, which was fiercely resisted by U.S.-backed, Gulf-sponsored'],
    ['1.2 million', 'over 1.2 million Afghans'],
    ['Human Rights vs. Realpolitik', 'Human Rights vs. Realpolitik: Western opposition hinges'],
    ['U.S. dominance', 'Strategically, this reinforces an emerging anti-Western bloc that challenges U.S. dominance, promotes'],
  ])('%j does not split a sentence', (_, passage) => {
    const p = byText(passage);
    expect(sentencesOf(p).some((sentence) => sentence.includes(passage))).toBe(true);
  });

  it('every sentence span lies within its paragraph, in order, trimmed and not empty', () => {
    for (const p of corpus.paragraphs) {
      expect(p.sentences.length, p.id).toBeGreaterThan(0);
      let previousEnd = 0;
      for (const s of p.sentences) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(p.text.length);
        const sentence = p.text.slice(s.start, s.end);
        expect(sentence.trim()).toBe(sentence);
        previousEnd = s.end;
      }
    }
  });
});

describe('facets and actors of clear cases', () => {
  it('002 "Why Recognise the Taliban Now?" paragraphs are drivers', () => {
    const under = corpus.paragraphs.filter((p) => p.heading === 'Why Recognise the Taliban Now?');
    expect(under.length).toBeGreaterThan(0);
    for (const p of under) expect(p.facets, p.id).toContain('drivers');
  });

  it('002 "Security Risks and Extremist Blowback" paragraphs are risks', () => {
    const under = corpus.paragraphs.filter((p) => p.heading === 'Security Risks and Extremist Blowback');
    expect(under.length).toBeGreaterThan(0);
    for (const p of under) expect(p.facets, p.id).toContain('risks');
  });

  it('004 "welcomed by China" paragraph is a reaction', () => {
    expect(byText('a move that has been welcomed by China').facets).toContain('reactions');
  });

  it('004 doubting that recognition helps against terrorism is a risk: the move may not pay off', () => {
    expect(byText('recognizing the Taliban is unlikely to help to counter terrorism').facets).toContain('risks');
  });

  it('004 on the Taliban giving militants safe havens is a risk', () => {
    expect(byText('By offering safe havens and failing to crack down').facets).toContain('risks');
  });

  it("another's aim is no motive of Moscow's: radical groups that seek power, a regime that seeks to govern", () => {
    expect(byText('embolden other radical groups that seek to rise to power').facets).not.toContain('drivers');
    expect(byText('the population that it seeks to govern').facets).not.toContain('drivers');
  });

  it('actors of the 004 "Chinese Foreign Ministry" paragraph include china', () => {
    const p = byText('Chinese Foreign Ministry statements');
    expect(p.file).toBe('004_17924249590e9a70.txt');
    expect(p.actors).toContain('china');
  });
});

describe('the loader refuses a broken seeds folder with a CorpusError naming the file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function copySeeds(): string {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    dirs.push(dir);
    cpSync(SEEDS, dir, { recursive: true });
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o644);
    return dir;
  }

  function loadError(dir: string): CorpusError {
    try {
      loadCorpus(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusError);
      return error as CorpusError;
    }
    throw new Error('loadCorpus accepted a broken seeds folder');
  }

  function expectNames(error: CorpusError, file: string, what?: RegExp): void {
    expect(basename(error.file)).toBe(file);
    expect(error.message).toContain(file);
    if (what) expect(error.message).toMatch(what);
  }

  const SEED = '003_8f1f371d203260e7.txt';

  function editManifest(dir: string, edit: (sources: Array<Record<string, unknown>>) => void): void {
    const path = join(dir, 'sources.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { sources: Array<Record<string, unknown>> };
    edit(manifest.sources);
    writeFileSync(path, JSON.stringify(manifest, null, 2));
  }

  it('an untouched copy loads (control)', () => {
    expect(loadCorpus(copySeeds()).paragraphs.length).toBe(corpus.paragraphs.length);
  });

  it('an empty seed', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, SEED), '');
    expectNames(loadError(dir), SEED, /empty/);
  });

  it.each([
    ['keywords.json', '"keywords": "x"', /list of at most/],
    ['asked.json', '"keywords": ["x", 3]', /list of at most/],
    ['prior.json', '"weights": {"w:x": "heavy"}', /must map at most/],
  ])('a note file (%s) that is not JSON, names no paragraph, no longer fits its paragraph, or holds the wrong kind of note', (file, badNote, what) => {
    const broken: Array<[string, RegExp]> = [
      ['[{"id": ', /not valid JSON/],
      ['[{"id": "003_8f1f371d203260e7#p99", "begins": "", "keywords": ["x"], "weights": {}}]', /no paragraph/],
      ['[{"id": "003_8f1f371d203260e7#p1", "begins": "Nothing like this", "keywords": ["x"], "weights": {}}]', /does not begin/],
      [`[{"id": "003_8f1f371d203260e7#p1", "begins": "", ${badNote}}]`, what as RegExp],
    ];
    for (const [text, expected] of broken) {
      const dir = copySeeds();
      writeFileSync(join(dir, file as string), text);
      expectNames(loadError(dir), file as string, expected);
    }
  });

  it('a prior feature named like an object property ("__proto__", "constructor") is just a feature', () => {
    const dir = copySeeds();
    const first = loadCorpus(dir).paragraphs[0]!;
    writeFileSync(join(dir, 'prior.json'), `[{"id": ${JSON.stringify(first.id)}, "begins": "", "weights": {"__proto__": 2, "constructor": 1}}]`);
    const prior = loadCorpus(dir).paragraphs[0]!.prior!;
    expect(Object.entries(prior)).toEqual([['__proto__', 2], ['constructor', 1]]);
  });

  it("a removed source's keywords are left unused, not an error", () => {
    const dir = copySeeds();
    writeFileSync(join(dir, 'keywords.json'), '[{"id": "999_0123456789abcdef#p1", "begins": "", "keywords": ["x"]}]');
    expect(loadCorpus(dir).paragraphs.length).toBe(corpus.paragraphs.length);
  });

  it('a seed edited under its keywords: the keyword file is named, not silently moved onto another paragraph', () => {
    const dir = copySeeds();
    const seed = join(dir, SEED);
    const paragraphs = loadCorpus(dir).paragraphs.filter((p) => p.file === SEED);
    const first = paragraphs[0]!;
    rmSync(join(dir, 'asked.json'));
    writeFileSync(join(dir, 'keywords.json'), JSON.stringify([{ id: first.id, begins: first.text.slice(0, 40), keywords: ['legit'] }]));
    expect(loadCorpus(dir).paragraphs.find((p) => p.id === first.id)!.keywords).toEqual(['legit']);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(first.text, `Inserted first. ${first.text}`));
    expectNames(loadError(dir), 'keywords.json', /does not begin/);
  });

  it("a paragraph listed in both keyword files gets the editor's words, then the asked words; asked.json says how to mend it", () => {
    const dir = copySeeds();
    const first = loadCorpus(dir).paragraphs.find((p) => p.file === SEED)!;
    const entry = (keywords: string[]) => JSON.stringify([{ id: first.id, begins: first.text.slice(0, 40), keywords }]);
    writeFileSync(join(dir, 'keywords.json'), entry(['by the editor']));
    writeFileSync(join(dir, 'asked.json'), entry(['asked', 'for']));
    expect(loadCorpus(dir).paragraphs.find((p) => p.id === first.id)!.keywords).toEqual(['by the editor', 'asked', 'for']);
    writeFileSync(join(dir, 'asked.json'), JSON.stringify([{ id: first.id, begins: 'Not how it begins', keywords: [] }]));
    expect(loadError(dir).message).toMatch(/npm run train/);
  });

  it('a binary seed (NUL bytes)', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, SEED), Buffer.concat([Buffer.from('Moscow extends recognition.\n'), Buffer.from([0, 1, 2, 0]), Buffer.from('more text\n')]));
    expectNames(loadError(dir), SEED, /binary|NUL/i);
  });

  it('a seed that is not UTF-8', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, SEED), Buffer.from([0x4d, 0x6f, 0x73, 0x63, 0x6f, 0x77, 0x20, 0xff, 0xfe, 0x20, 0xc3, 0x28, 0x0a]));
    expectNames(loadError(dir), SEED, /UTF-8/i);
  });

  it('an oversized seed', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, SEED), 'Russia recognised the Taliban. '.repeat(Math.ceil((MAX_SEED_BYTES + 1) / 31)));
    expectNames(loadError(dir), SEED, /larger|size|big/i);
  });

  it('a seed file not listed in the manifest', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, '005_unlisted.txt'), 'An article nobody listed.\n');
    expectNames(loadError(dir), '005_unlisted.txt', /not listed/);
  });

  it('a listed file that is missing', () => {
    const dir = copySeeds();
    unlinkSync(join(dir, SEED));
    expectNames(loadError(dir), SEED);
  });

  it('a manifest that is not JSON', () => {
    const dir = copySeeds();
    writeFileSync(join(dir, 'sources.json'), '{ "version": 1, "sources": [ { "id": ');
    expectNames(loadError(dir), 'sources.json', /JSON/);
  });

  it('a manifest entry with a bad kind', () => {
    const dir = copySeeds();
    editManifest(dir, (sources) => {
      sources[2]!.kind = 'blog';
    });
    expectNames(loadError(dir), 'sources.json', /kind/);
  });

  it('a manifest entry with a date that does not exist (2025-02-30)', () => {
    const dir = copySeeds();
    editManifest(dir, (sources) => {
      sources[0]!.date = '2025-02-30';
    });
    expectNames(loadError(dir), 'sources.json', /date/);
  });

  it.each(['not a url', 'ftp://example.com/article', 'javascript:alert(1)'])('a manifest entry with a bad URL (%j)', (url) => {
    const dir = copySeeds();
    editManifest(dir, (sources) => {
      sources[1]!.url = url;
    });
    expectNames(loadError(dir), 'sources.json', /url/);
  });

  it('two manifest entries with the same id', () => {
    const dir = copySeeds();
    editManifest(dir, (sources) => {
      sources[1]!.id = sources[0]!.id;
    });
    expectNames(loadError(dir), 'sources.json', /id/);
  });
});

describe('the page furniture kept aside (to recognise a question that quotes it)', () => {
  const { pageFurniture, paragraphs } = loadCorpus('seeds');

  it('holds the page\'s own lines: share buttons, the sponsor, teasers, the comment form', () => {
    expect(pageFurniture).toEqual(expect.arrayContaining(['Share via', 'Copy link', 'Leave a Reply', "Zara and Bershka clothing reappears in Russia despite Inditex's exit"]));
    expect(pageFurniture.some((line) => line.includes('QWIKET'))).toBe(true);
  });

  it("keeps the page's date lines, leaves out headline repeats and counters, and none of it is article text", () => {
    expect(pageFurniture.some((line) => line.includes('Russia becomes first to recognize Taliban regime'))).toBe(false);
    expect(pageFurniture).toContain('Thursday, December 04, 2025');
    expect(pageFurniture.some((line) => line.startsWith('Moscow Extends Diplomatic Recognition'))).toBe(false);
    expect(pageFurniture).not.toContain('0');
    // Lines of a few words, not single words like "back", which an article may use too.
    for (const line of pageFurniture.filter((l) => l.split(' ').length > 2)) expect(paragraphs.some((p) => p.text.includes(line)), line).toBe(false);
  });
});
