// The fuzzer's command line: `[--iterations N] [--seed S] [--json] [--max-seconds T] [--hang-ms M] [--show-failures K] [--show N [--no-run]]`.
import { flag, option } from '../support/args.ts';

export const argv = process.argv.slice(2);
export const ITERATIONS = Math.max(1, Number(option(argv, '--iterations') ?? 20_000));
export const SEED = Number(option(argv, '--seed') ?? 1);
export const JSON_OUTPUT = flag(argv, '--json');
export const MAX_SECONDS = Number(option(argv, '--max-seconds') ?? 110);
export const SLOW_MS = 50;
export const HANG_MS = Math.max(1, Number(option(argv, '--hang-ms') ?? 5_000));
export const SHOW_FAILURES = Math.max(0, Number(option(argv, '--show-failures') ?? 10));
export const WORKER = argv[0] === '--worker';
/** `--show N`: iteration N's input (and, unless --no-run, what running it finds). */
export const SHOW = option(argv, '--show');
export const NO_RUN = flag(argv, '--no-run');
