import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeBundle } from '../../../scripts/search/lib/bundle/write-bundle.ts';
import {
  preparePagefindRuntime,
  runtimeFiles,
} from '../../../scripts/search/lib/bundle/runtime.ts';
import { threadIndexDocuments } from '../../../scripts/search/lib/index-document.ts';
import { threadIndexPages } from '../../../scripts/search/lib/index-page.ts';
import { indexShard } from '../../../scripts/search/lib/run-pagefind.ts';
import { openPagefind } from '../../../scripts/bench/lib/pagefind-node.ts';
import { installFileFetch } from '../../../scripts/bench/lib/pagefind-node.ts';
import { readBundle, readBundleFile, type Bundle } from '../../helpers/pagefind-bundle.ts';
import { threads } from '../../helpers/bundle-threads.ts';
import { filesOf } from '../../helpers/files-of.ts';
import { decodePageDates, PAGE_DATES_FILE } from '../../../src/utils/page-dates.ts';
import { entryName } from '../../../src/utils/search-packs.ts';

let work: string;
let ours: Bundle;
let theirs: Bundle;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bundle-writer-'));
  await preparePagefindRuntime(join(work, 'runtime'));
  writeBundle(
    join(work, 'ours', 'pagefind'),
    [threads.flatMap(threadIndexPages)],
    { chunkSize: 300 },
    runtimeFiles(join(work, 'runtime')),
  );
  for (const record of threads) {
    for (const document of threadIndexDocuments(record)) {
      const file = join(work, 'documents', document.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, document.html);
    }
  }
  await indexShard({
    siteDir: join(work, 'documents'),
    outputDir: join(work, 'theirs', 'pagefind'),
  });
  ours = readBundle(join(work, 'ours', 'pagefind'));
  theirs = readBundle(join(work, 'theirs', 'pagefind'));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Pagefind also indexes some parts with punctuation left in (`“curly`), which no query can
// reach: pagefind.js drops punctuation from queries.
const QUERYABLE = /^[\p{L}\p{M}\p{N}\p{Pc}]+$/u;

/** Occurrences of every queryable word at a weight in `weights` (24: own text, 4: quoted). */
function atWeights(bundle: Bundle, weights: number[]): string[] {
  return [...bundle.words]
    .filter(([word]) => QUERYABLE.test(word))
    .flatMap(([word, occurrences]) =>
      occurrences
        .filter((o) => o.includes('title:') || weights.includes(Number(o.split(' ')[2])))
        .map((o) => `${word} ${o}`),
    );
}

describe('the bundle writer, against Pagefind 1.6 on the same pages', () => {
  test('should write the same fragment for every page: text, anchors, filters and title', () => {
    expect(ours.fragments.size).toBe(5);
    expect([...ours.fragments.keys()].sort()).toEqual([...theirs.fragments.keys()].sort());
    for (const [url, fragment] of theirs.fragments) {
      const mine = ours.fragments.get(url)!;
      expect(mine.content, url).toBe(fragment.content);
      expect(mine.word_count, url).toBe(fragment.word_count);
      expect(mine.anchors, url).toEqual(fragment.anchors);
      expect(mine.meta, url).toEqual(fragment.meta);
      for (const [name, values] of Object.entries(fragment.filters)) {
        expect(mine.filters[name]?.sort(), `${url} ${name}`).toEqual([...new Set(values)].sort());
      }
    }
  });

  test('should index every word of the text and title at the same pages, positions and weights', () => {
    const expected = atWeights(theirs, [24, 4]).sort();
    expect(expected.length).toBeGreaterThan(1000);
    expect(atWeights(ours, [24, 4]).sort()).toEqual(expected);
  });

  test('should index only compound parts Pagefind indexes too', () => {
    const parts = atWeights(ours, [1, 2, 3, 6, 8, 12]).filter((o) => !o.includes('title:'));
    expect(parts.length).toBeGreaterThan(10);
    const known = new Set(
      atWeights(theirs, [1, 2, 3, 4, 6, 8, 12, 24]).map((o) => o.split(' ').slice(0, 3).join(' ')),
    );
    for (const part of parts) expect(known, part).toContain(part.split(' ').slice(0, 3).join(' '));
  });

  test('should write the same filter values, and page dates in Pagefind’s date order', () => {
    expect(ours.filters).toEqual(theirs.filters);
    expect(Object.keys(theirs.sorts)).toEqual(['date']);
    // Not in the metadata every first search loads: in a file a date-sorted search loads.
    expect(ours.sorts).toEqual({});
    const dir = join(work, 'ours', 'pagefind');
    const file = decodePageDates(gunzipSync(readFileSync(join(dir, PAGE_DATES_FILE))).toString());
    const urlOf = (page: number) => {
      const fragment = join(dir, 'fragment', file.fragments, `${entryName(page)}.pf_fragment`);
      const json = gunzipSync(readBundleFile(fragment)).subarray('pagefind_dcd'.length);
      return (JSON.parse(json.toString()) as { url: string }).url;
    };
    const dated = file.dates.flatMap((date, page) => (date === null ? [] : [{ date, page }]));
    expect(dated.length).toBe(5);
    dated.sort((a, b) => a.date - b.date || a.page - b.page);
    expect(dated.map(({ page }) => urlOf(page))).toEqual(theirs.sorts['date']);
  });

  test('should cut the word index into chunks of the given size', () => {
    expect(ours.chunks).toBeGreaterThan(5);
  });
});

describe('a bundle written in parts', () => {
  /** Writes the pages whole and in runs of 2, 1 and 2 pages; expects the same files. */
  function expectSameInParts(name: string, chunkSize: number): string {
    const pages = threads.flatMap(threadIndexPages);
    const dir = join(work, `${name}-parts`, 'pagefind');
    const parts = [pages.slice(0, 2), pages.slice(2, 3), pages.slice(3)];
    const runtime = runtimeFiles(join(work, 'runtime'));
    writeBundle(join(work, `${name}-one`, 'pagefind'), [pages], { chunkSize }, runtime);
    writeBundle(dir, parts, { chunkSize }, runtime);
    const expected = filesOf(join(work, `${name}-one`, 'pagefind'));
    expect([...filesOf(dir).keys()]).toEqual([...expected.keys()]);
    for (const [file, bytes] of filesOf(dir)) {
      expect(bytes.equals(expected.get(file)!), file).toBe(true);
    }
    return dir;
  }

  test('should be the same, byte for byte, as the bundle written by one part', () => {
    // Chunks of 40 locations, so every part writes several.
    expect(readBundle(expectSameInParts('small-chunks', 40)).chunks).toBeGreaterThan(20);
  });

  test('should be the same when some parts write no chunk (fewer chunks than parts)', () => {
    expect(readBundle(expectSameInParts('one-chunk', 1e9)).chunks).toBe(1);
  });
});

describe('searching a written bundle with Pagefind’s own runtime', () => {
  const queries = [
    'knead',
    'warm water',
    'rise',
    'café',
    'cafe',
    '公 园',
    'hydration',
    'sourdough',
    'post57x1',
  ];

  test.each(queries)(
    'should find for “%s” what Pagefind’s own index finds, in the same order',
    async (query) => {
      installFileFetch();
      const results = async (site: string) => {
        const pagefind = await openPagefind(pathToFileURL(join(work, site, '/')), ['pagefind/']);
        const search = await pagefind.search(query, { filters: {}, sort: {} });
        const data = await Promise.all(search.results.map((result) => result.data()));
        await pagefind.destroy();
        const local = (url: string) => url.slice(url.indexOf('/t/'));
        return data.map((page) => [
          local(page.url),
          page.sub_results?.map((sub) => local(sub.url)),
        ]);
      };
      const expected = await results('theirs');
      expect(expected.length).toBeGreaterThan(0);
      expect(await results('ours')).toEqual(expected);
    },
  );
});
