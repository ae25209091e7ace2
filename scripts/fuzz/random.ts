// The fuzzer's seeded draws: every iteration has its own stream, so any one can be generated again alone.
import { Prng } from '../support/random.ts';
import { SEED } from './options.ts';

const rng = new Prng(SEED);
export const { random, int, chance, pick } = rng;

/** Starts iteration `iteration`'s stream. */
export const reseed = (iteration: number) => {
  rng.reseed((Math.imul(SEED, 0x9e3779b1) ^ Math.imul(iteration + 1, 0x85ebca6b)) >>> 0);
};

export const snowflake = () => String(int(1, 9)) + Array.from({ length: int(16, 18) }, () => int(0, 9)).join('');
