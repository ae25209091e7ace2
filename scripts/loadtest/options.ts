// The load test's command line (`[--requests N] [--concurrency C] [--json] [--spawn] [--seed S]`) and fixed limits.
import { RATE_LIMIT } from '../../src/bot/core.ts';
import { flag, option } from '../support/args.ts';

const argv = process.argv.slice(2);
export const REQUESTS = Math.max(1, Number(option(argv, '--requests') ?? 1000));
export const CONCURRENCY = Math.max(1, Number(option(argv, '--concurrency') ?? 16));
export const JSON_OUTPUT = flag(argv, '--json');
export const SPAWN = flag(argv, '--spawn');
export const SEED = Number(option(argv, '--seed') ?? 1);
export const SEND_FOR_MS = 50_000;
export const REQUEST_TIMEOUT_MS = 10_000;
/** One user's lookups in the rate-limit burst: three more than the limit lets through. */
export const BURST = RATE_LIMIT.lookups + 3;
export const SHOW_WRONG = 8;
export const TOKEN = 'loadtest.standin.token';
