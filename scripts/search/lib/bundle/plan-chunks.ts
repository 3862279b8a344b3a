/**
 * How the parts of one bundle share the writing of its word index: the parts' words merged in
 * code point order, cut into chunks as one writer would cut them, and the chunks dealt out in
 * runs of about equal weight, one run per part.
 */
import { compareCodePoints, cutChunks } from './chunks.ts';
import type { PartWords } from './part.ts';

/** One chunk as the metadata lists it, and how many words it holds. */
export interface PlannedChunk {
  from: string;
  to: string;
  words: number;
}

/** What one part does: which of its words go to which writer, and the chunks it writes. */
export interface PartPlan {
  /** Its sorted words `cuts[q]` to `cuts[q + 1]` go into the chunks part `q` writes. */
  cuts: number[];
  /** The number of its first chunk. */
  first: number;
  /** The word count of each chunk it writes. */
  sizes: number[];
}

export interface ChunkPlan {
  chunks: PlannedChunk[];
  parts: PartPlan[];
}

/** Plans the chunks of a bundle whose parts indexed `parts` (in page order), `size` locations each. */
export function planChunks(parts: readonly PartWords[], size: number): ChunkPlan {
  const merged = mergeWords(parts);
  const ranges = cutChunks(merged.words, (i) => merged.weights[i]!, size);
  const total = merged.weights.reduce((a, b) => a + b, 0);
  // Chunk k goes to the part in whose share of the total weight the chunk's middle falls.
  const writerOf: number[] = [];
  let done = 0;
  for (const range of ranges) {
    let weight = 0;
    for (let i = range.start; i < range.end; i++) weight += merged.weights[i]!;
    const middle = done + weight / 2;
    writerOf.push(Math.min(parts.length - 1, Math.floor((middle / total) * parts.length)));
    done += weight;
  }
  // Each part writes a run of chunks (possibly none), from its first chunk on.
  const firsts = parts.map((_, q) => {
    const k = writerOf.findIndex((writer) => writer >= q);
    return k === -1 ? ranges.length : k;
  });
  const starts = firsts.map((k) => ranges[k]?.start ?? merged.words.length);
  const count = parts.length;
  return {
    chunks: ranges.map(({ from, to, start, end }) => ({ from, to, words: end - start })),
    parts: parts.map((part, p) => ({
      cuts: [...starts.map((start) => merged.positions[start * count + p]!), part.words.length],
      first: firsts[p]!,
      sizes: ranges.filter((_, k) => writerOf[k] === p).map(({ start, end }) => end - start),
    })),
  };
}

interface MergedWords {
  words: string[];
  weights: number[];
  /**
   * Before merged word `i`, how many words of part `p` came earlier: `positions[i * parts + p]`
   * (one more row for the end).
   */
  positions: Uint32Array;
}

/** The union of the parts' sorted words, with their weights added up. */
function mergeWords(parts: readonly PartWords[]): MergedWords {
  const at = parts.map(() => 0);
  const words: string[] = [];
  const weights: number[] = [];
  const total = parts.reduce((sum, part) => sum + part.words.length, 0);
  let positions = new Uint32Array((total + 1) * parts.length);
  for (;;) {
    let next: string | undefined;
    for (let p = 0; p < parts.length; p++) {
      const word = parts[p]!.words[at[p]!];
      if (word !== undefined && (next === undefined || compareCodePoints(word, next) < 0)) {
        next = word;
      }
    }
    positions.set(at, words.length * parts.length);
    if (next === undefined) break;
    let weight = 0;
    for (let p = 0; p < parts.length; p++) {
      if (parts[p]!.words[at[p]!] !== next) continue;
      weight += parts[p]!.weights[at[p]!]!;
      at[p]!++;
    }
    words.push(next);
    weights.push(weight);
  }
  positions = positions.subarray(0, (words.length + 1) * parts.length);
  return { words, weights, positions };
}
