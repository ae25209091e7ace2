// The benchmark's fixed settings: targets, budgets, the child script and the questions' order.
import { fileURLToPath } from 'node:url';
import { mulberry32, shuffled } from '../support/random.ts';
import { benchmarkQuestions } from '../support/questions.ts';

/** The entry point a corpus-size child runs (with `--child`). */
export const SCRIPT = fileURLToPath(new URL('../bench.ts', import.meta.url));
export const TARGETS = { seedsP99Ms: 2, largeP99Ms: 50, largeParagraphs: 100_000, ratio: 2, coldStartMs: 1000 };
// Shares of the time left for the corpus sizes; what a size does not use passes to the next ones.
export const SCALE_WEIGHTS: Record<string, number> = { seeds: 10, '1000': 15, '10000': 35, '100000': 150 };
/**
 * Rounds of every question before anything is timed. One is not enough: V8 was seen still
 * optimising engine functions (rank, planQuery, groupAgreeing) three rounds into the timed seeds
 * answers, and those answers were the seeds' p99 (the 15th slowest of 1480).
 */
export const WARM_UP_ROUNDS = 5;
/**
 * Untimed rounds of every question on the very instances then timed, for both systems, at every
 * size: a fresh engine makes V8 optimise its functions afresh (code compiled for the warm-up
 * instances is dropped with them), and once more some 650 answers in, when a new map sends the
 * ranking functions back to the interpreter; and the first answers after a build meet the
 * collector promoting what the build left young. Meanwhile answers stall 2–5 ms. A bot serves from
 * one engine for days, so the steady state is what the targets are checked on; the first round is
 * also reported on its own ("first answers after a build"). Settling stops at SETTLING_SHARE of a
 * system's answer budget: plain minisearch's rounds at 100k take minutes.
 */
export const SETTLING_ROUNDS = 10;
export const SETTLING_SHARE = 0.3;
/** Timed rounds of every question, while the budget lasts. */
export const TIMED_ROUNDS = 10;
export const COLD_RUN_TIMEOUT_MS = 15_000;
export const COLD_PHASE_MAX_MS = 130_000;
export const GATEWAY_TOKEN = 'bench.gateway.token';
export const ASK_LINE = '/ask why did Russia recognise the Taliban';

/** The questions in the one order both systems answer them in, at every size. */
export const shuffledQuestions = shuffled(benchmarkQuestions(), mulberry32(7));
