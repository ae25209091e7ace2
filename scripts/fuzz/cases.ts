// One iteration's input, generated from its own PRNG stream, and running it.
import { generateAsk, runAsk, type AskCase } from './ask-case.ts';
import type { Outcome } from './bounded.ts';
import { generateInteraction, runInteraction, type InteractionCase } from './interaction-case.ts';
import { random, reseed } from './random.ts';
import { generateRender, runRender, type RenderCase } from './render-case.ts';

export type Case = AskCase | InteractionCase | RenderCase;

export function generate(iteration: number): Case {
  reseed(iteration);
  const roll = random();
  return roll < 0.35 ? generateAsk() : roll < 0.8 ? generateInteraction() : generateRender();
}

export function run(input: Case): Outcome {
  return input.target === 'engine.ask' ? runAsk(input) : input.target === 'interactions' ? runInteraction(input) : runRender(input);
}

export function describe(input: Case): string {
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
}

/** Iteration i's input again, in this process (the same stream as the worker's). */
export function regenerate(i: number): { target: string; text: string } {
  try {
    const input = generate(i);
    return { target: input.target, text: describe(input) };
  } catch (error) {
    return { target: 'generator', text: `(the input could not be generated again: ${(error as Error).message})` };
  }
}
