/**
 * Writes the index chunks one part of a bundle was given (`plan-chunks.ts`): its own words in that
 * range and those the other parts handed over (`part-entries.ts`), merged word by word, each
 * word's entries in page order, so the files are what one writer of the whole bundle writes.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CborWriter } from './cbor-writer.ts';
import { compareCodePoints } from './chunks.ts';
import { gzipped } from './encode.ts';
import type { EntryBlock } from './part-entries.ts';
import { PackWriter } from './pack-writer.ts';
import { PENDING, type BundlePart } from './part.ts';
import type { PartPlan } from './plan-chunks.ts';
import { copyEntries } from './postings.ts';

/** A run of sorted words with their entries: the part's own, or a block handed over. */
interface Source {
  part: number;
  words: readonly string[];
  at: number;
  end: number;
  pages(i: number): number;
  lastPage(i: number): number;
  write(i: number, out: CborWriter, previousPage: number): void;
}

/**
 * Writes part `index`'s chunks into the packs of `<dir>/index/.pending/` and returns
 * the SHA-256 of each, 32 bytes each, in order.
 */
export function writePartChunks(
  dir: string,
  part: BundlePart,
  index: number,
  words: readonly string[],
  plan: PartPlan,
  received: readonly EntryBlock[],
): Uint8Array {
  const sources = [ownSource(part, index, words, plan), ...received.map(blockSource)].sort(
    (a, b) => a.part - b.part,
  );
  const packs = new PackWriter(join(dir, 'index', PENDING));
  const digests = new Uint8Array(plan.sizes.length * 32);
  const out = new CborWriter(1 << 20);
  plan.sizes.forEach((size, c) => {
    out.length = 0;
    out.array(1);
    out.array(size);
    for (let w = 0; w < size; w++) writeWord(sources, out);
    const bytes = gzipped(out.view());
    packs.add(plan.first + c, bytes);
    digests.set(createHash('sha256').update(bytes).digest(), c * 32);
  });
  packs.close();
  if (sources.some((source) => source.at !== source.end)) {
    throw new Error(`Search index part ${index}: words left over after its chunks.`);
  }
  return digests;
}

/** Writes the next word of the merged sources: `[word, pages, []]` with all parts' entries. */
function writeWord(sources: readonly Source[], out: CborWriter): void {
  let word: string | undefined;
  for (const source of sources) {
    const next = source.words[source.at];
    if (source.at < source.end && (word === undefined || compareCodePoints(next!, word) < 0)) {
      word = next;
    }
  }
  if (word === undefined) throw new Error('Search index chunk plan wants more words than exist.');
  const holding = sources.filter(
    (source) => source.at < source.end && source.words[source.at] === word,
  );
  out.array(3);
  out.text(word);
  out.array(holding.reduce((sum, source) => sum + source.pages(source.at), 0));
  let previousPage = 0;
  for (const source of holding) {
    source.write(source.at, out, previousPage);
    previousPage = source.lastPage(source.at);
    source.at++;
  }
  out.array(0);
}

function ownSource(
  part: BundlePart,
  index: number,
  words: readonly string[],
  plan: PartPlan,
): Source {
  const { postings, sortedIds } = part;
  return {
    part: index,
    words,
    at: plan.cuts[index]!,
    end: plan.cuts[index + 1]!,
    pages: (i) => postings.pages[sortedIds[i]!]!,
    lastPage: (i) => postings.lastPage(sortedIds[i]!),
    write: (i, out, previousPage) => postings.writeEntries(sortedIds[i]!, out, previousPage),
  };
}

function blockSource(block: EntryBlock): Source {
  const { offsets, bytes } = block;
  return {
    part: block.part,
    words: block.words,
    at: 0,
    end: block.words.length,
    pages: (i) => block.pages[i]!,
    lastPage: (i) => block.lastPages[i]!,
    write: (i, out, previousPage) =>
      copyEntries(bytes, offsets[i]!, offsets[i + 1]!, out, previousPage),
  };
}
