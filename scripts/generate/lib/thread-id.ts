import { hashSeed, mix32, type Seed } from './rng.ts';

const hex8 = (value: number): string => (value >>> 0).toString(16).padStart(8, '0');

/**
 * Build the thread-id function of a dump: a keyed 4-round Feistel permutation of the 64-bit
 * index, so ids look random but can never collide within a dump (a permutation is one-to-one),
 * and each is computable on its own.
 */
export function createThreadIds(seed: Seed): (index: number) => string {
  const keys = hashSeed([seed, 'thread ids']);
  return (index) => {
    let left = Math.floor(index / 4294967296) >>> 0;
    let right = index >>> 0;
    for (const key of keys) {
      const next = (left ^ mix32(right ^ key)) >>> 0;
      left = right;
      right = next;
    }
    return hex8(left) + hex8(right);
  };
}

/** Files per sub-folder, so no directory of a big dump becomes huge. */
export const FILES_PER_FOLDER = 1000;

/** The `/`-separated path of thread `index`: `FFFF/NNNNNN_<16 hex>.txt`. */
export function threadPath(index: number, id: string): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(4, '0');
  return `${folder}/${String(index).padStart(6, '0')}_${id}.txt`;
}
