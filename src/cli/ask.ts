// `npm run --silent ask -- [--json] [--facet F] [--limit N] [--stdin] "QUESTION"`: the engine's
// answer, as one JSON document (a contract other tools rely on) or as text for a terminal.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { toMessageData } from '../bot/discord-payload.ts';
import type { Engine } from '../engine/engine.ts';
import { sourceName } from '../render/citation.ts';
import { answerView } from '../render/answer-view.ts';
import { renderTerminal } from '../render/terminal.ts';
import type { Answer, AskOptions } from '../engine/types.ts';
import { checkFacet, checkLimit, checkQuestion, UsageError } from './input.ts';
import { loadEngine, runTool } from './run.ts';

const USAGE = 'usage: npm run --silent ask -- [--json] [--facet drivers|risks|reactions] [--limit N] [--stdin | "QUESTION"]';

function asText(answer: Answer, engine: Engine): string {
  const view = answerView(answer, {
    heading: answer.query,
    nameOf: (id) => {
      const paragraph = engine.paragraph(id);
      const source = paragraph && engine.source(paragraph.sourceId);
      return source ? `${sourceName(source)} ¶${paragraph.paragraph}` : id;
    },
  });
  return renderTerminal(toMessageData(view));
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { json: { type: 'boolean' }, facet: { type: 'string' }, limit: { type: 'string' }, stdin: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options: AskOptions = { facet: checkFacet(values.facet) };
  const limit = checkLimit(values.limit);
  if (limit !== undefined) options.limit = limit;
  if (values.stdin && positionals.length > 0) throw new UsageError(`give a question or --stdin, not both\n${USAGE}`);
  if (!values.stdin && positionals.length === 0) throw new UsageError(`no question given\n${USAGE}`);
  const question = values.stdin ? '' : checkQuestion(positionals.join(' '));
  const engine = loadEngine();
  const print = (answer: Answer) => process.stdout.write(`${values.json ? JSON.stringify(answer) : `${asText(answer, engine)}\n`}\n`);

  if (!values.stdin) {
    print(engine.ask(question, options));
    return 0;
  }
  let failures = 0;
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    try {
      print(engine.ask(checkQuestion(line), options));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      failures++;
      process.stderr.write(`ask: line ${failures}: ${error.message}\n`);
      // Keep one output line per input line, so answers stay aligned with questions.
      process.stdout.write(`${JSON.stringify({ query: line, facet: options.facet ?? null, results: [], error: error.message })}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

void runTool('ask', main);
