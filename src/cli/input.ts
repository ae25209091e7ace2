// Checks a question typed on the command line: clear messages, never a stack trace.
import { FACETS, type Facet } from '../engine/types.ts';
import { MAX_LIMIT } from '../engine/engine.ts';

export const MAX_CLI_QUESTION_CHARS = 1000;

export class UsageError extends Error {}

export function checkQuestion(question: string): string {
  const trimmed = question.trim();
  if (trimmed === '') throw new UsageError('the question is empty');
  if (trimmed.length > MAX_CLI_QUESTION_CHARS) throw new UsageError(`the question is ${trimmed.length} characters long; the limit is ${MAX_CLI_QUESTION_CHARS}`);
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(trimmed)) throw new UsageError('the question contains control characters');
  return trimmed;
}

export function checkFacet(value: string | undefined): Facet | null {
  if (value === undefined) return null;
  if (!FACETS.includes(value as Facet)) throw new UsageError(`unknown facet "${value}": use ${FACETS.join(', ')}`);
  return value as Facet;
}

export function checkLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  return Number(value);
}
