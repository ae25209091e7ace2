// The real entry point, run as a user runs it: `node --import tsx src/main.ts`, in the repository,
// talking over stdin/stdout (the offline console) or failing at start with a message and exit code.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatten, REPO_ROOT, SEEDS, SEEDS_DIR, seedsContaining } from './support/reply-checks.ts';

const RUN_TIMEOUT_MS = 30_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of someone with no Discord credentials configured. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['DISCORD_TOKEN', 'DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'SEEDS_DIR', 'LOG_LEVEL', 'PORT', 'VITEST', 'NODE_OPTIONS']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

/** Runs the entry point with `input` on a (non-TTY) stdin; kills it if it outlives the timeout. */
function run(args: string[], { input = '', env = cleanEnv() }: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts ${args.join(' ')} did not exit within ${RUN_TIMEOUT_MS} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => undefined); // a process that exits early closes its stdin
    child.stdin.end(input);
  });
}

/** The replies in the console's output, one per input line (each reply ends with a blank line). */
function quotedLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => flatten(line.slice(2)));
}

describe('the offline console (npm start -- --console)', () => {
  let session: Promise<Run>;
  beforeAll(() => {
    session = run(['--console'], {
      input: ['/ask why did Russia do it', 'more', '/cite 002_327115eeac77dddc 7', '/ask what is the capital of australia', '/sources', 'quit', ''].join('\n'),
    });
    // Each test awaits it; this only keeps a failure from also counting as an unhandled rejection.
    session.catch(() => undefined);
  });

  it('exits 0 after quit', async () => {
    const { code, signal, stderr } = await session;
    expect(signal).toBeNull();
    expect(code, stderr).toBe(0);
  }, RUN_TIMEOUT_MS + 5_000);

  it('answers /ask with verbatim excerpts and their citations, and "more" with different ones', async () => {
    const { stdout } = await session;
    const [askReply = '', moreReply = ''] = stdout.split(/^“why did Russia do it(?: \(more\))?”$/m).slice(1);
    const first = quotedLines(askReply);
    const more = quotedLines(moreReply.split(/^Quotation:/m)[0] ?? '');
    expect(first.length).toBeGreaterThan(0);
    expect(more.length).toBeGreaterThan(0);
    for (const excerpt of [...first, ...more]) expect(seedsContaining(excerpt).length, excerpt).toBeGreaterThan(0);
    for (const excerpt of more) expect(first).not.toContain(excerpt);
    // Every excerpt is followed by where it comes from: outlet or headline · date · ¶N · kind.
    const citations = askReply.split('\n').filter((line) => line.startsWith('— '));
    expect(citations.length).toBe(first.length);
    for (const line of citations) expect(line).toMatch(/^— .+ · (\d{1,2} \w{3} \d{4}|undated) · ¶\d+ · .+$/);
    expect(stdout).toMatch(/^“why did Russia do it \(more\)”$/m);
    expect(stdout).toMatch(/quoted verbatim from the articles, not generated/i);
  }, RUN_TIMEOUT_MS + 5_000);

  it('/cite SOURCE PARAGRAPH prints the paragraph verbatim with its citation', async () => {
    const { stdout } = await session;
    const seed = SEEDS.find((s) => s.source.id === '002_327115eeac77dddc')!;
    const cite = stdout.slice(stdout.indexOf('Quotation:'));
    expect(cite).toMatch(/^Quotation: Middle East Outlook, ¶7$/m);
    const [quote] = quotedLines(cite);
    expect(seed.blocks).toContain(quote);
    expect(quote).toContain('lithium');
    expect(cite).toContain(`— ${seed.source.outlet}, “${seed.source.title}”, by ${seed.source.author}, undated, paragraph 7, analysis`);
  }, RUN_TIMEOUT_MS + 5_000);

  it('declines an off-topic question instead of quoting something unrelated', async () => {
    const { stdout } = await session;
    const reply = stdout.slice(stdout.indexOf('“what is the capital of australia”'), stdout.indexOf('The coverage:'));
    expect(reply).toMatch(/No article in this coverage answers that/);
    expect(quotedLines(reply)).toEqual([]);
  }, RUN_TIMEOUT_MS + 5_000);

  it('/sources lists the five articles', async () => {
    const { stdout } = await session;
    const list = stdout.slice(stdout.indexOf('The coverage:'));
    expect(list).toMatch(/^The coverage: 5 articles$/m);
    for (const { source } of SEEDS) {
      expect(list).toContain(source.id);
      expect(list).toContain(source.title);
    }
  }, RUN_TIMEOUT_MS + 5_000);
});

describe.concurrent('starting without a usable configuration', () => {
  const temp = mkdtempSync(join(tmpdir(), 'coverage-bot-seeds-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('exits 2 naming DISCORD_TOKEN and DISCORD_PUBLIC_KEY when neither is set and stdin is not a terminal', async () => {
    const { code, stderr, stdout } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('DISCORD_TOKEN');
    expect(stderr).toContain('DISCORD_PUBLIC_KEY');
    expect(stdout).toBe('');
  }, RUN_TIMEOUT_MS + 5_000);

  it('exits 2 naming DISCORD_PUBLIC_KEY when it is malformed', async () => {
    const { code, stderr } = await run([], { env: cleanEnv({ DISCORD_PUBLIC_KEY: 'xyz' }) });
    expect(code).toBe(2);
    expect(stderr).toContain('DISCORD_PUBLIC_KEY');
    expect(stderr).not.toContain('DISCORD_TOKEN');
  }, RUN_TIMEOUT_MS + 5_000);

  it('exits 3 naming the file when SEEDS_DIR has a broken sources.json', async () => {
    const seeds = join(temp, 'seeds');
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const manifest = join(seeds, 'sources.json');
    writeFileSync(manifest, '{"version": 1, "sources": [ {"id": "000_6f55ecea6fb1a9b1", ');
    const { code, stderr, stdout } = await run(['--console'], { env: cleanEnv({ SEEDS_DIR: seeds }), input: '/sources\nquit\n' });
    expect(code).toBe(3);
    expect(stderr).toContain(manifest);
    expect(stdout).not.toContain('The coverage');
  }, RUN_TIMEOUT_MS + 5_000);
});
