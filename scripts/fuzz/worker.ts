// The worker: runs iterations [from, to), reporting each before and after.
import type { Problems } from './bounded.ts';
import { describe, generate, run } from './cases.ts';
import { argv } from './options.ts';

export type WorkerMessage =
  | { t: 'begin'; i: number }
  | { t: 'done'; i: number; target: string; problems: Problems; warnings: Problems; input?: string }
  | { t: 'end' };

export function worker(): void {
  const from = Number(argv[1]);
  const to = Number(argv[2]);
  const send = (message: WorkerMessage) => process.send!(message);
  for (let i = from; i < to; i++) {
    send({ t: 'begin', i });
    const input = generate(i);
    const { problems, warnings } = run(input);
    send({ t: 'done', i, target: input.target, problems, warnings, ...(problems.length > 0 ? { input: describe(input) } : {}) });
  }
  send({ t: 'end' });
  process.disconnect();
}
