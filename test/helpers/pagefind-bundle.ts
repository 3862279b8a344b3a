/**
 * Reads a Pagefind bundle back into plain data, whoever wrote it (Pagefind's binary or the
 * archive's bundle writer): fragments by URL, and the word index with page numbers and positions
 * turned from differences back into absolute values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import { packedEntry, packEntry } from '../../src/utils/search-packs.ts';

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; location: number; text: string; title?: string }[];
}

/** One occurrence: `url position weight`, or `url title:position` for a title word. */
export type Occurrence = string;

export interface Bundle {
  fragments: Map<string, Fragment>;
  /** Each word's occurrences. */
  words: Map<string, Occurrence[]>;
  /** Each filter's values, each with the URLs of its pages (sorted). */
  filters: Record<string, Record<string, string[]>>;
  /** Each sort key's URLs in sorted order. */
  sorts: Record<string, string[]>;
  chunks: number;
}

/** A bundle file's bytes; a fragment or chunk the bundle writer packed is read from its pack. */
export function readBundleFile(file: string): Uint8Array {
  const packed = packedEntry(file);
  if (packed === undefined) return readFileSync(file);
  return packEntry(readFileSync(packed.pack), packed.slot);
}

function unpack(file: string): Buffer {
  const data = gunzipSync(readBundleFile(file));
  if (data.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error(`${file}: no signature`);
  return data.subarray(12);
}

/** The bundle in `dir` (a folder holding `pagefind-entry.json`). */
export function readBundle(dir: string): Bundle {
  const metaFile = readdirSync(dir).find((file) => file.endsWith('.pf_meta'))!;
  const [, pages, chunks, filterFiles, sortLists] = decode(unpack(join(dir, metaFile))) as [
    string,
    [string, number, string][],
    [string, string, string][],
    [string, string][],
    [string, number[]][],
  ];
  const fragmentList = pages.map(
    ([hash]) =>
      JSON.parse(unpack(join(dir, 'fragment', `${hash}.pf_fragment`)).toString()) as Fragment,
  );
  const url = (page: number) => fragmentList[page]!.url;
  const words = new Map<string, Occurrence[]>();
  for (const [, , hash] of chunks) {
    const [entries] = decode(unpack(join(dir, 'index', `${hash}.pf_index`))) as [
      [string, [number, number[], number[]][], unknown[]][],
    ];
    // Pagefind files a word written with diacritics under its plain form, as a variant of it.
    const forms = entries.flatMap(([word, wordPages, variants]) => [
      [word, wordPages] as const,
      ...(variants as [string, typeof wordPages][]).map(([, pages]) => [word, pages] as const),
    ]);
    for (const [word, wordPages] of forms) {
      const occurrences = words.get(word) ?? [];
      words.set(word, occurrences);
      let page = 0;
      for (const [delta, locs, titleLocs] of wordPages) {
        page += delta;
        let weight = 0;
        let position = 0;
        for (const loc of locs) {
          if (loc < 0) [weight, position] = [-loc - 1, 0];
          else occurrences.push(`${url(page)} ${(position += loc)} ${weight}`);
        }
        position = 0;
        for (const loc of titleLocs) {
          if (loc >= 0) occurrences.push(`${url(page)} title:${(position += loc)}`);
        }
      }
    }
  }
  for (const list of words.values()) list.sort();
  const filters: Bundle['filters'] = {};
  for (const [name, hash] of filterFiles) {
    const [, values] = decode(unpack(join(dir, 'filter', `${hash}.pf_filter`))) as [
      string,
      [string, number[]][],
    ];
    filters[name] = Object.fromEntries(
      values.map(([value, list]) => [value, [...new Set(list.map(url))].sort()]),
    );
  }
  return {
    fragments: new Map(fragmentList.map((fragment) => [fragment.url, fragment])),
    words,
    filters,
    sorts: Object.fromEntries(sortLists.map(([key, list]) => [key, list.map(url)])),
    chunks: chunks.length,
  };
}
