// Child: one corpus size, measured stage by stage; every figure is one JSON line on stdout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBotCore, type BotCore } from '../../src/bot/core.ts';
import { buildCorpus, loadCorpus } from '../../src/engine/corpus/load.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultSeedsDir } from '../../src/paths.ts';
import { option } from '../support/args.ts';
import { mulberry32 } from '../support/random.ts';
import { SETTLING_ROUNDS, SETTLING_SHARE, shuffledQuestions, TIMED_ROUNDS, WARM_UP_ROUNDS } from './config.ts';
import { generateCorpus, type Generated } from './corpus-generator.ts';
import { emit, type MemoryStage } from './events.ts';
import { usageAfterGc } from './memory.ts';
import { autocompletes, plainIndex } from './workload.ts';

export async function child(args: string[]): Promise<void> {
  const scale = option(args, '--scale') ?? 'seeds';
  const deadline = Number(option(args, '--deadline'));
  const plainBudgetMs = Number(option(args, '--plain-budget-ms') ?? 15_000);
  const phase = (name: string) => emit({ e: 'phase', name, at: Date.now() });
  const mem = (stage: MemoryStage) => emit({ e: 'mem', stage, ...usageAfterGc() });
  const timeLeft = () => deadline - Date.now() - 300;
  const silent = pino({ level: 'silent' });
  const questions = shuffledQuestions;
  const manifestText = readFileSync(join(defaultSeedsDir, 'sources.json'), 'utf8');
  const readSeed = (file: string) => readFileSync(join(defaultSeedsDir, file));

  // Warm-up (JIT) on seeds-only instances of both systems, so no figure below pays for compiling.
  phase('warm-up');
  const seeds = loadCorpus(defaultSeedsDir);
  {
    const warmPlain = plainIndex(seeds.paragraphs.map((p) => p.text));
    const warmCore = createBotCore(createEngine(seeds), silent);
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      for (const q of questions) {
        warmPlain.search(q).slice(0, 5);
        warmCore.engine().ask(q);
      }
      for (const { invocation } of autocompletes('1')) warmCore.dispatch(invocation);
    }
  }

  phase('generate');
  let started = performance.now();
  const generated: Generated | null = scale === 'seeds' ? null : generateCorpus(seeds, manifestText, readSeed, Number(scale), mulberry32(42));
  const texts = generated?.texts ?? seeds.paragraphs.map((p) => p.text);
  emit({ e: 'corpus', paragraphs: texts.length, sources: generated ? generated.files.size : seeds.sources.length, generateMs: performance.now() - started });
  mem('base');

  // Plain minisearch first: its figures come even when this engine's build outlasts the budget.
  phase('plain build');
  started = performance.now();
  const plain = plainIndex(texts);
  emit({ e: 'build', what: 'plain', ms: performance.now() - started });
  mem('plain');

  const ask = (s: 'plain' | 'ours', run: (q: string) => number, budgetMs: number) => {
    const settledBy = Date.now() + budgetMs * SETTLING_SHARE;
    const until = Date.now() + budgetMs;
    settling: for (let r = 0; r < SETTLING_ROUNDS; r++) {
      for (const [i, q] of questions.entries()) {
        if (Date.now() > settledBy) break settling;
        const t0 = performance.now();
        const results = run(q);
        // The first round is what users meet right after a start or a reload.
        if (r === 0) emit({ e: 't', s: `${s}-fresh`, ms: performance.now() - t0, results, q: i });
      }
    }
    for (let r = 0; r < TIMED_ROUNDS; r++) {
      for (const [i, q] of questions.entries()) {
        if (Date.now() > until) return;
        emit({ e: 'begin', s, at: Date.now() });
        const t0 = performance.now();
        const results = run(q);
        emit({ e: 't', s, ms: performance.now() - t0, results, q: i });
      }
    }
  };
  phase('plain answers');
  ask('plain', (q) => plain.search(q).slice(0, 5).length, Math.min(plainBudgetMs, timeLeft()));

  phase('corpus build');
  started = performance.now();
  const corpus = generated ? buildCorpus(generated.manifestText, (file) => generated.files.get(file)!) : loadCorpus(defaultSeedsDir);
  emit({ e: 'build', what: 'corpus', ms: performance.now() - started });
  generated?.files.clear();
  const same = corpus.paragraphs.length === texts.length && corpus.paragraphs.every((p, i) => p.text === texts[i]);
  emit({ e: 'verified', same, corpusParagraphs: corpus.paragraphs.length, plainParagraphs: texts.length });
  mem('corpus');

  phase('ours build');
  started = performance.now();
  const core: BotCore = createBotCore(createEngine(corpus), silent);
  emit({ e: 'build', what: 'ours', ms: performance.now() - started });
  mem('ours');

  phase('autocomplete');
  {
    const until = Date.now() + Math.min(2000, timeLeft());
    const calls = autocompletes('1');
    for (let r = 0; r < 20 && Date.now() < until; r++) {
      for (const { s, invocation } of calls) {
        const t0 = performance.now();
        const reply = core.dispatch(invocation);
        emit({ e: 't', s, ms: performance.now() - t0, results: reply.kind === 'choices' ? reply.choices.length : -1 });
      }
    }
  }

  phase('ours answers');
  const engine = core.engine();
  ask('ours', (q) => engine.ask(q).results.length, Math.min(scale === 'seeds' ? 5000 : 20_000, timeLeft()));
  emit({ e: 'done' });
}
