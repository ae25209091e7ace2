// What the run found: inputs tried and failed per target, failures and warnings by kind, the first failures.
import type { Problems } from './bounded.ts';

export interface Failure {
  iteration: number;
  target: string;
  problems: string[];
  input: string;
}

const kindOf = (problem: string) => problem.replace(/\d+(\.\d+)?/g, 'N').replace(/:.*$/s, '').replace(/embed N (field N )?/, 'embed ').slice(0, 110);

export class Tally {
  readonly tried: Record<string, number> = { 'engine.ask': 0, interactions: 0, renderers: 0 };
  readonly failedBy: Record<string, number> = { 'engine.ask': 0, interactions: 0, renderers: 0 };
  readonly problemKinds = new Map<string, number>();
  readonly warningKinds = new Map<string, number>();
  readonly failures: Failure[] = [];
  iterations = 0;

  record(i: number, target: string, problems: Problems, warnings: Problems, input: () => string): void {
    this.iterations++;
    this.tried[target] = (this.tried[target] ?? 0) + 1;
    for (const warning of new Set(warnings.map((w) => `${target}: ${kindOf(w)}`))) this.warningKinds.set(warning, (this.warningKinds.get(warning) ?? 0) + 1);
    if (problems.length === 0) return;
    this.failedBy[target] = (this.failedBy[target] ?? 0) + 1;
    for (const problem of new Set(problems.map(kindOf))) this.problemKinds.set(problem, (this.problemKinds.get(problem) ?? 0) + 1);
    if (this.failures.length < 200) this.failures.push({ iteration: i, target, problems: [...new Set(problems)].slice(0, 5), input: input() });
  }

  failed(): number {
    return Object.values(this.failedBy).reduce((a, b) => a + b, 0);
  }
}
