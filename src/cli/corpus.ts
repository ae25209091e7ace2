// `npm run --silent corpus -- [--json]`: every indexed paragraph, as the engine sees it.
import { parseArgs } from 'node:util';
import { UsageError } from './input.ts';
import { loadEngine, runTool } from './run.ts';

void runTool('corpus', () => {
  let json: boolean | undefined;
  try {
    json = parseArgs({ options: { json: { type: 'boolean' } } }).values.json;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: npm run --silent corpus -- [--json]`);
  }
  const { corpus } = loadEngine();
  const paragraphs = corpus.paragraphs.map(({ id, file, paragraph, heading, text, facets, actors }) => ({ id, file, paragraph, heading, text, facets, actors }));
  if (json) {
    process.stdout.write(`${JSON.stringify(paragraphs)}\n`);
    return;
  }
  for (const p of paragraphs) {
    process.stdout.write(`${p.id}${p.heading ? `  [${p.heading}]` : ''}  facets: ${p.facets.join(', ') || 'background'}  actors: ${p.actors.join(', ') || '-'}\n  ${p.text.replace(/\s+/g, ' ').slice(0, 160)}…\n`);
  }
});
