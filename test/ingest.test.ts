// Ingest: each input format, each refusal, duplicates, removal, and a failure or a kill at every
// step of a change. Every test works on a fresh copy of seeds/, never on the folder itself.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus, MAX_SEED_BYTES } from '../src/engine/corpus/load.ts';
import { MANIFEST_FILE, parseManifest } from '../src/engine/corpus/manifest.ts';
import { runIngest } from '../src/ingest/cli.ts';
import { extract, formatOf, printedDate } from '../src/ingest/extract.ts';
import { addSource, nodeFs, recover, removeSource, type NewSource, type StoreFs } from '../src/ingest/store.ts';
import { MAX_INPUT_BYTES } from '../src/ingest/validate.ts';
import { projectRoot } from '../src/paths.ts';

const SEEDS = join(projectRoot, 'seeds');
const FIXTURES = join(projectRoot, 'test', 'fixtures', 'ingest');
const fixture = (name: string) => join(FIXTURES, name);

const temporaryDirs: string[] = [];
let seeds: string;
let inputs: string;

/** A fresh folder holding a copy of the manifest and seed files of seeds/. */
function copyOfSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-seeds-'));
  temporaryDirs.push(dir);
  for (const name of readdirSync(SEEDS)) {
    if (name === MANIFEST_FILE || /\.(?:txt|md)$/.test(name)) copyFileSync(join(SEEDS, name), join(dir, name));
  }
  return dir;
}

/** Every entry of a folder with its bytes: two equal snapshots are byte-identical folders. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));
}

function writeInput(name: string, content: string | Uint8Array): string {
  const path = join(inputs, name);
  writeFileSync(path, content);
  return path;
}

function ingest(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runIngest(args, seeds, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeEach(() => {
  seeds = copyOfSeeds();
  inputs = mkdtempSync(join(tmpdir(), 'ingest-inputs-'));
  temporaryDirs.push(inputs);
});

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('extract', () => {
  const read = (name: string) => {
    const content = readFileSync(fixture(name), 'utf8');
    return extract(content, formatOf(name, content));
  };

  it('keeps plain text as it is, and finds the headline and the date printed under it', () => {
    const found = read('article.txt');
    expect(found.text).toBe(readFileSync(fixture('article.txt'), 'utf8'));
    expect(found.title).toBe('Kabul Welcomes Russian Recognition as Neighbours Weigh Their Options');
    expect(found.date).toBe('2025-07-06'); // not the viewing date above the headline
  });

  it('strips Markdown to its words and takes the headline from the first "# " heading', () => {
    const found = read('article.md');
    expect(found.title).toBe("Russia's Recognition of the Taliban: What Changes");
    expect(found.date).toBe('2025-07-05');
    expect(found.text).toBe(
      [
        "Russia's Recognition of the Taliban: What Changes",
        'Published on 5 July 2025',
        "Russia's decision to recognise the Taliban government is, above all, a signal to Central Asian capitals that Moscow intends to shape the region's security agenda.",
        "The move follows the removal of the Taliban from Russia's list of banned organisations in April, a step that cleared the legal path for recognition.",
        'Three things to watch',
        'Observers point to three questions that will decide whether the move pays off:',
        "• whether trade through the North-South corridor grows;\n• whether other governments follow Moscow's lead;\n• whether security cooperation against Islamic State reduces attacks.",
        'Recognition costs Moscow little and gives it a seat at every table in the region, one analyst said.',
        "Prices quoted in the agreement rose by 5*2 percent, according to the ministry's summary note.",
      ].join('\n\n') + '\n',
    );
  });

  it('takes the article out of an HTML page, without its scripts, menus, share bar, comments and footer', () => {
    const found = read('article.html');
    expect(found).toEqual({
      title: 'Why Moscow Recognised the Taliban',
      date: '2025-07-04',
      outlet: 'Example Gazette',
      author: 'Jane Example',
      url: 'https://news.example.com/world/moscow-taliban-recognition',
      text:
        [
          'Russia on Thursday became the first country to formally recognise the Taliban government in Afghanistan, accepting the credentials of a new ambassador in Moscow.',
          'Officials framed the move as pragmatic, pointing to security cooperation against Islamic State Khorasan and to trade.',
          'What Moscow wants',
          'Analysts point to three aims:',
          '• Security along the Central Asian border.',
          '• Trade routes running south to the Indian Ocean.',
          '• A show of influence at a time of isolation from the West.',
          '"Recognition is cheap for Moscow and valuable for Kabul," said one analyst.',
          'Western governments said the decision\nwould not change their own positions.',
        ].join('\n\n') + '\n',
    });
  });

  it('falls back to og:title and article:published_time, and reads a page without <article>', () => {
    const page = `<html><head><meta property="og:title" content="A Headline"><meta property="article:published_time" content="2025-07-03">
      </head><body><nav>Menu</nav><div><p>One.</p><ol><li>First</li><li><p>Second</p></li></ol></div><footer>Footer</footer></body></html>`;
    expect(extract(page, 'html')).toMatchObject({ title: 'A Headline', date: '2025-07-03', text: 'One.\n\n1. First\n\n2. Second\n' });
  });

  it('cleans line ends, invisible characters and runs of blank lines', () => {
    expect(extract('\ufeffHeadline\r\n\r\n\r\n\r\nBody\u200b text.  \r\n', 'text').text).toBe('Headline\n\nBody text.\n');
  });

  it('reads printed dates only when they name a real day', () => {
    expect(printedDate('Published on July 8, 2025')).toBe('2025-07-08');
    expect(printedDate('Friday, 4th July 2025')).toBe('2025-07-04');
    expect(printedDate('2025-07-04')).toBe('2025-07-04');
    expect(printedDate('February 30, 2025')).toBeUndefined();
    expect(printedDate('Moscow, July 8, 2025, said the ministry')).toBeUndefined();
  });
});

describe('ingest', () => {
  const newSourceOf = (dir: string) => loadCorpus(dir).sources.at(-1)!;

  it.each([
    ['article.txt', { title: 'Kabul Welcomes Russian Recognition as Neighbours Weigh Their Options', date: '2025-07-06' }],
    ['article.md', { title: "Russia's Recognition of the Taliban: What Changes", date: '2025-07-05' }],
    ['article.html', { title: 'Why Moscow Recognised the Taliban', date: '2025-07-04', outlet: 'Example Gazette', author: 'Jane Example' }],
  ])('adds %s as a plain-text seed and a manifest entry', (name, expected) => {
    const result = ingest(fixture(name));
    expect(result).toMatchObject({ code: 0, err: '' });
    const source = newSourceOf(seeds);
    expect(source).toMatchObject({ ...expected, kind: 'report' });
    expect(source.id).toMatch(/^005_[0-9a-f]{16}$/);
    expect(source.file).toBe(`${source.id}.txt`);
    const seed = readFileSync(join(seeds, source.file));
    expect(source.id.slice(4)).toBe(createHash('sha256').update(seed).digest('hex').slice(0, 16));
    const content = readFileSync(fixture(name), 'utf8');
    expect(seed.toString('utf8')).toBe(extract(content, formatOf(name, content)).text);
    const paragraphs = loadCorpus(seeds).paragraphs.filter((paragraph) => paragraph.sourceId === source.id);
    expect(result.out).toContain(`added ${source.id}`);
    expect(result.out).toContain(`paragraphs: ${paragraphs.length}`);
    expect(paragraphs.length).toBeGreaterThan(2);
  });

  it('lets the flags override what the page prints', () => {
    const args = ['--title', 'Given Title', '--outlet', 'Given Outlet', '--author', 'A. Author', '--date', '2025-07-10', '--url', 'https://example.org/a', '--kind', 'analysis'];
    expect(ingest(fixture('article.html'), ...args).code).toBe(0);
    expect(newSourceOf(seeds)).toMatchObject({
      title: 'Given Title',
      outlet: 'Given Outlet',
      author: 'A. Author',
      date: '2025-07-10',
      url: 'https://example.org/a',
      kind: 'analysis',
    });
  });

  it('numbers each new source after the last one', () => {
    ingest(fixture('article.txt'));
    ingest(fixture('article.md'));
    expect(loadCorpus(seeds).sources.map((source) => source.id.slice(0, 4))).toEqual(['000_', '001_', '002_', '003_', '004_', '005_', '006_']);
  });
});

describe('refusals', () => {
  const article = 'A Headline About Recognition\n\nRussia recognised the Taliban government on Thursday, officials in Moscow said.\n';
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(inputs, 'missing.txt')], /cannot read .*missing\.txt \(ENOENT\)/],
    ['a folder', () => [inputs], /is not a file/],
    ['a file that is not UTF-8', () => [writeInput('latin1.txt', Buffer.from('Caf\xe9 r\xe9cognition\n', 'latin1'))], /is not UTF-8 text/],
    ['a binary file', () => [writeInput('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))], /is binary/],
    ['an empty file', () => [writeInput('empty.txt', ' \n\n \t\n')], /has no text left once it is cleaned/],
    ['a page with nothing but furniture', () => [writeInput('nav.html', '<html><body><nav>Home</nav><script>x()</script><footer>©</footer></body></html>')], /has no text left/],
    ['an article that is all headline and date', () => [writeInput('bare.txt', 'Bare Headline\n\nJuly 8, 2025\n'), '--title', 'Bare Headline'], /no article text left once page furniture/],
    ['a file over the input limit', () => [writeInput('huge.txt', Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'))], /is larger than 10485760 bytes/],
    ['text over the seed limit', () => [writeInput('long.txt', `Long\n\n${'Many words here. '.repeat(MAX_SEED_BYTES / 16)}\n`)], /a seed may have at most 2097152/],
    ['a date that is no real day', () => [writeInput('a.txt', article), '--date', '2025-02-30'], /the date "2025-02-30" is not a real day/],
    ['a date in another form', () => [writeInput('a.txt', article), '--date', '07/08/2025'], /the date "07\/08\/2025" is not a real day/],
    ['a URL that is not one', () => [writeInput('a.txt', article), '--url', 'example.com/article'], /the URL "example\.com\/article" is not an http\(s\) address/],
    ['a URL of another scheme', () => [writeInput('a.txt', article), '--url', 'ftp://example.com/a'], /is not an http\(s\) address/],
    ['an unknown kind', () => [writeInput('a.txt', article), '--kind', 'rumour'], /the kind "rumour" is not one of report, analysis, opinion, persona/],
    ['an article without a headline', () => [writeInput('untitled.txt', 'Russia recognised the Taliban on Thursday.\n')], /prints no headline .* --title/],
    ['an unknown flag', () => ['--headline', 'x'], /Unknown option '--headline' \(see --help\)/],
    ['two files', () => [fixture('article.txt'), fixture('article.md')], /give one FILE to add/],
    ['a file and --remove', () => [fixture('article.txt'), '--remove', '000_6f55ecea6fb1a9b1'], /either a FILE to add or --remove ID/],
    ['removing an unknown id', () => ['--remove', '999_nope'], /no source has the id "999_nope"/],
  ];

  it.each(cases)('refuses %s with one line on stderr and changes nothing', (_, args, message) => {
    const before = snapshot(seeds);
    const result = ingest(...args());
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^ingest: /);
    expect(result.err).toMatch(message);
    expect(result.err).not.toContain('\n');
    expect(snapshot(seeds)).toEqual(before);
  });

  it('refuses an article already in the corpus, however its lines are broken', () => {
    expect(ingest(fixture('article.txt')).code).toBe(0);
    const before = snapshot(seeds);
    const again = ingest(fixture('article.txt'));
    expect(again.err).toMatch(/^ingest: this text is already in the corpus as 005_[0-9a-f]{16} \("Kabul Welcomes/);
    const rewrapped = writeInput('rewrapped.txt', readFileSync(fixture('article.txt'), 'utf8').replaceAll(', ', ',\n'));
    expect(ingest(rewrapped).err).toMatch(/already in the corpus as 005_/);
    expect(snapshot(seeds)).toEqual(before);
  });

  it('refuses a copy of one of the original seeds', () => {
    const copy = join(inputs, 'copy.txt');
    copyFileSync(join(SEEDS, '003_8f1f371d203260e7.txt'), copy);
    expect(ingest(copy, '--title', 'Copy').err).toMatch(/already in the corpus as 003_8f1f371d203260e7/);
  });

  it('exits with 1 and prints no stack trace when run as a command', async () => {
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/ingest/cli.ts'), '--date', 'soon', fixture('article.txt')], {
      env: { ...process.env, SEEDS_DIR: seeds },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: 'ingest: the date "soon" is not a real day in the form YYYY-MM-DD\n' });
  });
});

describe('removal', () => {
  it('removes a source from the manifest and deletes its seed', () => {
    const result = ingest('--remove', '003_8f1f371d203260e7');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^removed 003_8f1f371d203260e7 \("Moscow Extends Diplomatic Recognition/);
    expect(readdirSync(seeds)).not.toContain('003_8f1f371d203260e7.txt');
    expect(loadCorpus(seeds).sources.map((source) => source.id)).not.toContain('003_8f1f371d203260e7');
  });

  it('takes an added source out again, leaving the corpus as it was', () => {
    const original = loadCorpus(seeds);
    const files = readdirSync(seeds).sort();
    expect(ingest(fixture('article.html')).code).toBe(0);
    expect(ingest('--remove', newSourceId()).code).toBe(0);
    expect(readdirSync(seeds).sort()).toEqual(files);
    expect(loadCorpus(seeds).sources).toEqual(original.sources);
  });

  function newSourceId(): string {
    return parseManifest(readFileSync(join(seeds, MANIFEST_FILE), 'utf8')).at(-1)!.id;
  }
});

describe('a change interrupted at any step', () => {
  const article: NewSource = {
    text: readFileSync(fixture('article.txt'), 'utf8'),
    title: 'Kabul Welcomes Russian Recognition as Neighbours Weigh Their Options',
    outlet: '',
    author: '',
    date: '2025-07-06',
    url: '',
    kind: 'report',
  };
  const operations: Array<[string, (dir: string, fs: StoreFs) => unknown]> = [
    ['an add', (dir, fs) => addSource(dir, article, fs)],
    ['a removal', (dir, fs) => removeSource(dir, '002_327115eeac77dddc', fs)],
  ];

  /** Real file operations, logged, that throw from call `failAt` on: that call only (a failure) or every one after it (a kill). */
  function faultyFs(failAt: number, killed: boolean): StoreFs & { log: string[] } {
    const log: string[] = [];
    const step =
      <A extends unknown[]>(name: string, paths: number, operation: (...args: A) => void) =>
      (...args: A) => {
        const call = log.length;
        log.push(`${name} ${args.slice(0, paths).map((path) => basename(String(path))).join(' → ')}`);
        if (call === failAt || (killed && call > failAt)) throw new Error(`failed at step ${call}`);
        operation(...args);
      };
    return {
      log,
      writeFile: step('write', 1, nodeFs.writeFile),
      rename: step('rename', 2, nodeFs.rename),
      removeFile: step('remove', 1, nodeFs.removeFile),
      syncDir: step('sync', 0, nodeFs.syncDir),
    };
  }

  /** The steps of a change that goes through, the index of its commit (the manifest's rename), and the folder after it. */
  function dryRun(operation: (dir: string, fs: StoreFs) => unknown) {
    const dir = copyOfSeeds();
    const fs = faultyFs(-1, false);
    operation(dir, fs);
    const commit = fs.log.findIndex((entry) => entry.endsWith(`→ ${MANIFEST_FILE}`));
    return { steps: fs.log, commit, after: snapshot(dir) };
  }

  it.each([
    [...operations[0]!, ['write .SEED.tmp', 'write .sources.json.tmp', 'sync', 'rename .SEED.tmp → SEED', 'rename .sources.json.tmp → sources.json', 'remove .SEED.tmp']],
    [...operations[1]!, ['write .sources.json.tmp', 'sync', 'rename SEED → .SEED.tmp', 'rename .sources.json.tmp → sources.json', 'remove SEED', 'remove .SEED.tmp']],
  ] as const)('%s writes everything under hidden names, then renames the seed, then the manifest', (_, operation, middle) => {
    const steps = dryRun(operation).steps.map((step) => step.replace(/\d{3}_[0-9a-f]{16}\.txt/g, 'SEED').trim());
    expect(steps).toEqual(['write .ingest-journal.json', ...middle, 'remove .sources.json.tmp', 'sync', 'remove .ingest-journal.json']);
  });

  it.each(operations)('a failure at any step of %s leaves the old corpus byte for byte, or after the commit the new one', (_, operation) => {
    const { steps, commit, after } = dryRun(operation);
    const before = snapshot(seeds);
    for (let at = 0; at < steps.length; at++) {
      const dir = copyOfSeeds();
      expect(() => operation(dir, faultyFs(at, false)), steps[at]).toThrow(`failed at step ${at}`);
      if (at <= commit) {
        expect(snapshot(dir), `failed at ${steps[at]}`).toEqual(before);
      } else {
        // Past the commit only hidden leftovers can remain; the next change clears them.
        const visible = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('.')));
        expect(visible(snapshot(dir)), `failed at ${steps[at]}`).toEqual(visible(after));
        recover(dir);
        expect(snapshot(dir), `failed at ${steps[at]}, recovered`).toEqual(after);
      }
    }
  });

  it.each(operations)('a kill at any step of %s is undone, or finished, by the next ingest', (_, operation) => {
    const { steps, commit, after } = dryRun(operation);
    const before = snapshot(seeds);
    const oldHash = loadCorpus(seeds).hash;
    const newHash = (() => {
      const dir = copyOfSeeds();
      operation(dir, nodeFs);
      return loadCorpus(dir).hash;
    })();
    for (let at = 0; at < steps.length; at++) {
      const dir = copyOfSeeds();
      expect(() => operation(dir, faultyFs(at, true))).toThrow(`failed at step ${at}`);
      // Until recovery, a load finds the old corpus or the new one, or (killed between the two
      // renames) refuses the folder, which a running bot answers by keeping its index.
      const between = at === commit;
      if (between) expect(() => loadCorpus(dir), steps[at]).toThrow(/is not listed|cannot be read/);
      else expect(loadCorpus(dir).hash, steps[at]).toBe(at <= commit ? oldHash : newHash);
      expect(recover(dir)).toBe(at > 0);
      expect(snapshot(dir), `killed at ${steps[at]}`).toEqual(at <= commit ? before : after);
    }
  });

  it('the next change recovers from a killed one first', () => {
    const before = snapshot(seeds);
    const { commit } = dryRun(operations[0]![1]);
    expect(() => addSource(seeds, article, faultyFs(commit, true))).toThrow();
    expect(() => loadCorpus(seeds)).toThrow(/is not listed/);
    removeSource(seeds, '000_6f55ecea6fb1a9b1');
    expect(readdirSync(seeds).sort()).toEqual(Object.keys(before).filter((name) => name !== '000_6f55ecea6fb1a9b1.txt'));
    expect(loadCorpus(seeds).sources).toHaveLength(4);
  });

  it('refuses to start while another ingest is at work', () => {
    writeFileSync(join(seeds, '.ingest-journal.json'), JSON.stringify({ seed: '009_x.txt', pid: process.ppid }));
    expect(() => removeSource(seeds, '000_6f55ecea6fb1a9b1')).toThrow(`another ingest (process ${process.ppid}) is changing`);
    expect(loadCorpus(seeds).sources).toHaveLength(5);
  });
});
