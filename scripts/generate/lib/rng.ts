/** Anything a caller may seed the generator with; numbers and strings are hashed as text. */
export type Seed = string | number;

/**
 * A seeded source of randomness. It is the generator's only one: no `Math.random`, no clock, so the
 * same seed always yields the same sequence on every machine.
 */
export interface Rng {
  /** The next uniform unsigned 32-bit integer. */
  uint32(): number;
  /** A uniform float in [0, 1). */
  float(): number;
  /** A uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** A uniformly chosen element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

const TWO_POW_32 = 4294967296;

/**
 * Create an sfc32 generator (small, fast, passes PractRand) from the seed parts; the parts are
 * hashed together, so `createRng(seed, 7)` and `createRng(seed, 8)` are independent streams.
 */
export function createRng(...parts: readonly Seed[]): Rng {
  let [a, b, c, d] = hashSeed(parts);
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  const float = (): number => uint32() / TWO_POW_32;
  const rng: Rng = {
    uint32,
    float,
    int: (min, max) => min + Math.floor(float() * (max - min + 1)),
    chance: (p) => float() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('rng.pick: cannot pick from an empty list');
      return items[Math.floor(float() * items.length)] as (typeof items)[number];
    },
  };
  // sfc32 starts weakly correlated with its seed; a few rounds decorrelate nearby seeds.
  for (let round = 0; round < 12; round++) uint32();
  return rng;
}

/** Hash seed parts into four 32-bit words (FNV-1a lanes, each finished with an avalanche mix). */
export function hashSeed(parts: readonly Seed[]): [number, number, number, number] {
  const text = parts.map((part) => String(part)).join('\u0000');
  const lanes = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x68e31da4];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (let lane = 0; lane < 4; lane++) {
      lanes[lane] = Math.imul((lanes[lane] as number) ^ code, 0x01000193 + lane * 0x9e3779b9);
    }
  }
  const [a, b, c, d] = lanes.map((lane, index) => mix32((lane as number) + index));
  return [a ?? 0, b ?? 0, c ?? 0, d ?? 0];
}

/** A 32-bit avalanche finaliser: every input bit flips about half the output bits. */
export function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
