// `npm run loadtest -- [--requests N] [--concurrency C] [--json] [--spawn] [--seed S]`
//
// Starts the HTTP interactions endpoint on 127.0.0.1 — in this process (`startHttp`, the bot's
// own wiring, rate limits on) or, with --spawn, the real entry point (`node --import tsx
// src/main.ts`) — with a local Discord stand-in as its API base, then fires signed interactions
// at it with bounded concurrency: a realistic mix of /ask with the benchmark questions, /risks,
// /reactions, /cite, /compare, /sources, autocomplete, "More" and "Post publicly" clicks on
// buttons from real answers, PINGs, a burst from one user that the rate limit must cut, and a few
// badly signed requests that must get 401. Every answer is checked: status, response type,
// Discord's limits, allowed_mentions, and that it is exactly the answer the bot's shared handler
// gives for that interaction (computed here by a reference core). Prints throughput, p50/p99/max
// latency, and counts by outcome; exit code 1 if any answer was wrong. Bounded: the run stops
// sending after 50 s, and every request times out after 10 s.
//
// The parts live in scripts/loadtest/: the plan (plan.ts, seeds.ts), sending and checking
// (send.ts, checks.ts), the endpoint (endpoint.ts) and the summary (summary.ts).
import { startEndpoint } from './loadtest/endpoint.ts';
import { CONCURRENCY, JSON_OUTPUT, REQUESTS, SEND_FOR_MS } from './loadtest/options.ts';
import { plan } from './loadtest/plan.ts';
import { send, type Outcome } from './loadtest/send.ts';
import { formatText, summarize } from './loadtest/summary.ts';
import { standin } from './loadtest/world.ts';

const planStarted = performance.now();
const requests = plan(REQUESTS);
const planMs = performance.now() - planStarted;
const endpoint = await startEndpoint();
const outcomes: Outcome[] = [];
let nextIndex = 0;
const sendUntil = Date.now() + SEND_FOR_MS;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (nextIndex < requests.length && Date.now() < sendUntil) {
      const request = requests[nextIndex++]!;
      outcomes.push(await send(endpoint.url, request));
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
await endpoint.stop();
await standin.close();

const summary = summarize(outcomes, requests.length, seconds, endpoint.where, planMs);
process.stdout.write(JSON_OUTPUT ? `${JSON.stringify(summary, null, 2)}\n` : formatText(summary));
process.exitCode = summary.wrong > 0 ? 1 : 0;
