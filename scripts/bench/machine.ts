// The machine the figures come from.
import os from 'node:os';
import { round } from '../support/stats.ts';

export function machine() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  };
}

export type Machine = ReturnType<typeof machine>;
