/**
 * Seeded pseudo-random numbers for the synthetic corpus.
 *
 * The corpus must be byte-identical for the same arguments on any machine, so nothing here
 * touches `Math.random` or the clock. Each report gets its own stream derived from
 * (seed, index): report i is the same whatever N is, so a corpus of 1,000 is a prefix of one
 * of 2,000 and the bench can draw "one more report" by generating index N.
 */

/** A deterministic source of choices; every method advances the same 32-bit stream. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** k distinct elements (k clamped to the list length), in draw order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** Eight lowercase hex digits, for file names that look like the real seeds'. */
  hex8(): string;
}

/** Mixes two 32-bit integers into a well-spread seed (the finaliser of MurmurHash3). */
export function mixSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index >>> 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * mulberry32: tiny, fast, good enough for text generation (not for cryptography).
 * @example createRng(mixSeed(1, 0)).int(1, 6) // same value on every run
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const nextU32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextU32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick() needs a non-empty list, got []');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample<T>(items: readonly T[], k: number): T[] {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < k && pool.length > 0) {
        out.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
      }
      return out;
    },
    hex8: () => nextU32().toString(16).padStart(8, '0'),
  };
}
