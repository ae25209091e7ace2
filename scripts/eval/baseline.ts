// The yardstick: plain minisearch, default options, over the raw non-empty lines of the seeds.
import MiniSearch from 'minisearch';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SystemAnswer } from './metrics.ts';

export function plainMinisearch(seedsDir: string): (question: string) => SystemAnswer {
  const lines: Array<{ id: number; file: string; text: string }> = [];
  for (const file of readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()) {
    for (const text of readFileSync(join(seedsDir, file), 'utf8').split('\n')) {
      if (text.trim() !== '') lines.push({ id: lines.length, file, text });
    }
  }
  const index = new MiniSearch({ fields: ['text'], storeFields: ['file', 'text'] });
  index.addAll(lines);
  return (question) => ({
    hits: index.search(question).slice(0, 5).map((hit) => ({ file: hit.file as string, text: hit.text as string, shown: hit.text as string })),
  });
}
