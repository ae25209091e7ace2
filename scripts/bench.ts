// `npm run bench -- [--json] [--budget SECONDS] [--scales 1000,10000,100000] [--cold-runs N] [--no-build] [--no-cold] [--full]`
//
// Side by side, in one run, on the same corpus and the same questions (the `q` of every line of
// test/eval/dev-questions.jsonl and holdout-questions.jsonl): this engine (`engine.ask(q)`) and plain minisearch over the same paragraphs
// (default options, `fields: ['text']`, `search(q)`, top 5). For the seeds and for generated
// corpora of ~1k, 10k and 100k paragraphs (words drawn from the seeds' own unigram distribution,
// in sentences and paragraphs as long as the seeds', the five real seeds inside): p50/p99 per
// answer and per autocomplete (the dispatcher's path for /reactions actor and /cite source),
// ours/plain, index build time, heap and RSS after a forced GC; then how each figure grows. Then
// cold start: process start → first answer in the offline console, → "ready" for the HTTP
// endpoint (/healthz 200) and for the gateway (IDENTIFY at a local Discord stand-in, and the
// bot's "gateway ready" log line), from `node --import tsx src/main.ts` and from the compiled
// build (`npm run build` first).
//
// Each corpus size runs in a child process (`node --expose-gc …`, the flags this process was
// started with, so `npm run bench` works as is) with a time budget: an answer that is still
// running when the budget ends is killed and reported as a lower bound ("≥"). The whole run is
// bounded by --budget (default 285 s); --full lifts the per-size budgets (may take hours).
// Every server binds 127.0.0.1: the spawned bot is started with HOST=127.0.0.1.
//
// The parts live in scripts/bench/: the parent (parent.ts) and a corpus-size child (child.ts).
import { child } from './bench/child.ts';
import { parent } from './bench/parent.ts';

const cliArgs = process.argv.slice(2);
if (cliArgs[0] === '--child') {
  await child(cliArgs);
} else {
  await parent(cliArgs);
}
