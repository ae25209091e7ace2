// `npm run ingest -- FILE [flags]` adds an article (plain text, Markdown or an HTML page) to the
// corpus; `npm run ingest -- --remove ID` takes one out. A failure prints one line on stderr, exits
// with 1 and leaves the seeds folder (SEEDS_DIR, or the project's seeds/) as it was.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SOURCE_KINDS } from '../engine/types.ts';
import { defaultSeedsDir } from '../paths.ts';
import { extract, formatOf } from './extract.ts';
import { addSource, removeSource, type Change } from './store.ts';
import { IngestError, checkMetadata, checkText, countParagraphs, readInput } from './validate.ts';

const USAGE = `usage: npm run ingest -- FILE [--title TEXT] [--outlet NAME] [--author NAME] [--date YYYY-MM-DD] [--url URL] [--kind ${SOURCE_KINDS.join('|')}]
       npm run ingest -- --remove ID
The headline, date, outlet, author and URL the page prints are used for the flags not given.`;

const OPTIONS = {
  title: { type: 'string' },
  outlet: { type: 'string' },
  author: { type: 'string' },
  date: { type: 'string' },
  url: { type: 'string' },
  kind: { type: 'string' },
  remove: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseFlags>['values'];

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const consoleOutput: Output = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

function parseFlags(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages go on to explain `--`; the first sentence is the one that matters.
    throw new IngestError(`${(error as Error).message.split('. ')[0]} (see --help)`);
  }
}

function describeAddition({ source, corpus }: Change, seedsDir: string): string {
  const paragraphs = corpus.paragraphs.filter((paragraph) => paragraph.sourceId === source.id).length;
  const fields = (['title', 'outlet', 'author', 'date', 'url', 'kind'] as const).filter((field) => source[field] !== '');
  return [
    `added ${source.id}`,
    `  file: ${join(seedsDir, source.file)}`,
    ...fields.map((field) => `  ${field}: ${source[field]}`),
    `  paragraphs: ${paragraphs}`,
  ].join('\n');
}

function describeRemoval({ source, corpus }: Change, seedsDir: string): string {
  return `removed ${source.id} ("${source.title}"), deleted ${join(seedsDir, source.file)}; ${corpus.sources.length} sources left`;
}

function add(file: string, flags: Flags, seedsDir: string): Change {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const content = readInput(path);
  const found = extract(content, formatOf(path, content));
  checkText(found.text, file);
  const meta = checkMetadata(
    {
      title: flags.title ?? found.title ?? '',
      outlet: flags.outlet ?? found.outlet ?? '',
      author: flags.author ?? found.author ?? '',
      date: flags.date ?? found.date ?? '',
      url: flags.url ?? found.url ?? '',
      kind: flags.kind ?? 'report',
    },
    file,
  );
  countParagraphs(meta, found.text, file);
  return addSource(seedsDir, { ...meta, text: found.text });
}

function execute(args: string[], seedsDir: string): string {
  const { values, positionals } = parseFlags(args);
  if (values.help) return USAGE;
  if (values.remove !== undefined) {
    if (positionals.length > 0) throw new IngestError('give either a FILE to add or --remove ID, not both');
    return describeRemoval(removeSource(seedsDir, values.remove), seedsDir);
  }
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new IngestError('give one FILE to add (see --help)');
  return describeAddition(add(file, values, seedsDir), seedsDir);
}

/** Runs the command with `args` (what follows `npm run ingest --`); returns the exit code. */
export function runIngest(args: string[], seedsDir: string, output: Output = consoleOutput): number {
  try {
    output.out(execute(args, seedsDir));
    return 0;
  } catch (error) {
    output.err(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = runIngest(process.argv.slice(2), defaultSeedsDir);
}
