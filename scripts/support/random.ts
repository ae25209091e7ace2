// Seeded randomness: the same seed draws the same numbers.

/** The mulberry32 PRNG: uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded stream with the usual draws; `reseed` starts a new stream in place. */
export class Prng {
  private next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  reseed(seed: number): void {
    this.next = mulberry32(seed);
  }

  readonly random = (): number => this.next();
  /** An integer in [min, max]. */
  readonly int = (min: number, max: number): number => min + Math.floor(this.next() * (max - min + 1));
  readonly chance = (p: number): boolean => this.next() < p;
  readonly pick = <T>(items: readonly T[]): T => items[Math.floor(this.next() * items.length)]!;
}

/** A shuffled copy of `items` (Fisher–Yates). */
export function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
