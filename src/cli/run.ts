// Shared by the command-line tools: load the corpus, and turn errors into one line on stderr.
import { loadCorpus } from '../engine/corpus/load.ts';
import { CorpusError } from '../engine/corpus/manifest.ts';
import { createEngine, type Engine } from '../engine/engine.ts';
import { defaultSeedsDir } from '../paths.ts';
import { UsageError } from './input.ts';

export function loadEngine(): Engine {
  return createEngine(loadCorpus(defaultSeedsDir));
}

/** Runs a tool's main; a usage or corpus error is one line on stderr and a non-zero exit. */
export async function runTool(name: string, main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof CorpusError) {
      process.stderr.write(`${name}: the corpus cannot be loaded: ${error.message}\n`);
      process.exitCode = 3;
    } else {
      process.stderr.write(`${name}: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
