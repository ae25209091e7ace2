// The bot under test: its corpus and engine, the core (not rate limited), and a logger that keeps errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBotCore } from '../../src/bot/core.ts';
import { loadCorpus } from '../../src/engine/corpus/load.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultSeedsDir } from '../../src/paths.ts';
import { asProse } from '../../src/render/citation.ts';
import { benchmarkQuestions } from '../support/questions.ts';

export const corpus = loadCorpus(defaultSeedsDir);
export const engine = createEngine(corpus);
/** Every error the bot logged (level ≥ 50) since the list was last emptied. */
export const errorsLogged: string[] = [];
export const logger = pino(
  { level: 'warn' },
  {
    write(line: string) {
      try {
        const record = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string; type?: string } };
        if (record.level >= 50) errorsLogged.push(`${record.msg ?? 'error'}: ${record.err?.type ?? ''} ${record.err?.message ?? ''}`.trim());
      } catch {
        errorsLogged.push(line.slice(0, 200));
      }
    },
  },
);
// Not rate limited: with the limiter most lookups would stop at "Easy there" before reaching a command.
export const core = createBotCore(engine, logger, { rateLimited: false });
export const seedText = new Map(corpus.sources.map((s) => [s.file, readFileSync(join(defaultSeedsDir, s.file), 'utf8')]));
export const stripInvisible = (text: string) => text.replace(/\u200b/g, '');
export const proseTexts = corpus.paragraphs.map((p) => stripInvisible(asProse(p.text)));
export const questions = benchmarkQuestions();
export const actorIds = engine.actors().map((a) => a.id);
export const sourceIds = corpus.sources.map((s) => s.id);
