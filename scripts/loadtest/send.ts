// Sending one planned request, signed (or badly signed on purpose), and judging what comes back.
import { isDeepStrictEqual } from 'node:util';
import { signedHeaders, unixSeconds } from '../../test/support/signed-request.ts';
import { firstDifference, limitProblems } from './checks.ts';
import { REQUEST_TIMEOUT_MS } from './options.ts';
import type { Kind, Planned } from './plan.ts';
import { impostor, signer } from './world.ts';

export interface Outcome {
  kind: Kind;
  ms: number;
  status: number | null;
  outcome: string;
  wrong: string | null;
  limited: boolean;
}

function headersFor(request: Planned): Record<string, string> {
  const timestamp = unixSeconds();
  switch (request.badSignature) {
    case 'wrong key':
      return { ...signedHeaders(request.body, impostor, timestamp) };
    case 'tampered body':
      return { ...signedHeaders(request.body.replace('"type":2', '"type":2 '), signer, timestamp) };
    case 'no headers':
      return { 'Content-Type': 'application/json' };
    case 'stale timestamp': {
      const stale = unixSeconds(Date.now() - 600_000);
      return { ...signedHeaders(request.body, signer, stale) };
    }
    case 'malformed signature':
      return { ...signedHeaders(request.body, signer, timestamp), 'X-Signature-Ed25519': 'zz'.repeat(64) };
    default:
      return { ...signedHeaders(request.body, signer, timestamp) };
  }
}

export async function send(url: string, request: Planned): Promise<Outcome> {
  const started = performance.now();
  let status: number | null = null;
  let parsed: unknown;
  try {
    const response = await fetch(url, { method: 'POST', headers: headersFor(request), body: request.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    status = response.status;
    const text = await response.text();
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch (error) {
    return { kind: request.kind, ms: performance.now() - started, status, outcome: `error: ${(error as Error).name}`, wrong: `request failed: ${(error as Error).message}`, limited: false };
  }
  const ms = performance.now() - started;
  const type = (parsed as { type?: number } | undefined)?.type;
  const outcome = status === 200 ? `200 type ${type}` : String(status);
  const wrong = (reason: string) => ({ kind: request.kind, ms, status, outcome, wrong: reason, limited: false });
  if (status !== request.status) return wrong(`status ${status}, expected ${request.status}: ${JSON.stringify(parsed).slice(0, 200)}`);
  if (request.responseType !== undefined && type !== request.responseType) return wrong(`response type ${type}, expected ${request.responseType}`);
  const problems = limitProblems(parsed);
  if (problems.length > 0) return wrong(`out of Discord's limits: ${problems.join('; ')}`);
  if (request.kind === 'burst' && isDeepStrictEqual(parsed, request.limited)) return { kind: request.kind, ms, status, outcome: `${outcome} (rate limited)`, wrong: null, limited: true };
  if (!isDeepStrictEqual(parsed, request.body_expected)) return wrong(`not the handler's answer: ${firstDifference(parsed, request.body_expected)}`);
  return { kind: request.kind, ms, status, outcome, wrong: null, limited: false };
}
