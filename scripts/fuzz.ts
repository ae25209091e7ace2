// `npm run fuzz -- [--iterations N] [--seed S] [--json] [--max-seconds T]`
//
// Throws hostile input at the bot, repeatably (a seeded PRNG: the same seed tries the same inputs):
//   (a) `engine.ask(question, options)` with random options;
//   (b) the whole interaction path, `handleInteraction(payload, core.dispatch, logger)`, with
//       random and malformed interaction payloads (JSON round-tripped, as a transport parses them):
//       unknown types, wrong option types, huge strings, forged custom_ids, missing fields, junk;
//   (c) the renderers: `toInteractionResponse` / `toMessageData` (Discord), `answerView`, `fit`,
//       `escapeUserText`, and `renderTerminal` (terminal).
// For each input: no throw (and no "interaction failed" error logged), bounded time (over 50 ms is
// timed again and flagged if it is slow twice), excerpts verbatim (a substring of the paragraph
// text, which is itself the exact span of its seed file), and replies within Discord's limits
// (content ≤ 2000, embed description ≤ 4096, field ≤ 1024, ≤ 25 fields, embed total ≤ 6000,
// choices ≤ 25 with name/value ≤ 100, custom_id ≤ 100), `allowed_mentions.parse` empty, and no raw
// @everyone / @here (nor role, user or channel mention markup) in what the bot writes.
// Every iteration draws from its own PRNG (seed and iteration number), and the inputs run in a
// child process: one that takes longer than 5 s is a "hang", killed, reported, and the run goes on
// from the next iteration. Exit code 1 if any input failed.
//
// The parts live in scripts/fuzz/: input generators (hostile.ts, *-case.ts, interaction-payload.ts),
// checks (text-checks.ts, message-checks.ts), the worker (worker.ts) and the run (runner.ts).
import { describe, generate, run } from './fuzz/cases.ts';
import { JSON_OUTPUT, NO_RUN, SHOW, WORKER } from './fuzz/options.ts';
import { formatText, summarize } from './fuzz/report.ts';
import { runAll } from './fuzz/runner.ts';
import { Tally } from './fuzz/tally.ts';
import { worker } from './fuzz/worker.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const tally = new Tally();
  const stoppedEarly = await runAll(tally, started);
  const summary = summarize(tally, (performance.now() - started) / 1000, stoppedEarly);
  process.stdout.write(JSON_OUTPUT ? `${JSON.stringify(summary, null, 2)}\n` : formatText(tally, summary));
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

if (WORKER) worker();
else if (SHOW !== undefined) {
  // `--show N`: iteration N's input, and what running it finds (to reproduce one failure).
  const input = generate(Number(SHOW));
  process.stdout.write(`${describe(input)}\n`);
  if (!NO_RUN) process.stdout.write(`${JSON.stringify(run(input), null, 2)}\n`);
} else await main();
