import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { joinPieces, PackWriter } from '../../../scripts/search/lib/bundle/pack-writer.ts';
import { packedFetch } from '../../../src/scripts/packed-fetch.ts';
import {
  encodePack,
  entryName,
  PACK_HEADER_BYTES,
  PACK_SIZE,
  packedEntry,
  packEntry,
  packFileName,
} from '../../../src/utils/search-packs.ts';
import { filesOf } from '../../helpers/files-of.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Entry `n`: a few bytes of its own, of varying length. */
const entry = (n: number) => new TextEncoder().encode(`entry ${n} `.repeat(1 + (n % 7)));

/** Writes entries 0 to `count` in runs cut at `cuts`, one writer each; joins the pieces. */
function writeRuns(count: number, cuts: number[]): string {
  const folder = join(tempDir('packs'), 'fragment', 'h1');
  const bounds = [0, ...cuts, count];
  for (let r = 0; r + 1 < bounds.length; r++) {
    const writer = new PackWriter(folder);
    for (let n = bounds[r]!; n < bounds[r + 1]!; n++) writer.add(n, entry(n));
    writer.close();
  }
  joinPieces(folder);
  return folder;
}

describe('search packs', () => {
  test('should read back every entry from the pack its name points to', () => {
    const folder = writeRuns(100, []);
    expect(readdirSync(folder).sort()).toEqual([
      '0.pf_pack',
      '1.pf_pack',
      '2.pf_pack',
      '3.pf_pack',
    ]);
    for (let n = 0; n < 100; n++) {
      const found = packedEntry(`/site/pagefind/fragment/h1/${entryName(n)}.pf_fragment`)!;
      expect(found.pack).toBe(`/site/pagefind/fragment/h1/${packFileName(Math.floor(n / 32))}`);
      const pack = readFileSync(join(folder, found.pack.slice(found.pack.lastIndexOf('/'))));
      expect(Buffer.from(packEntry(pack, found.slot)).equals(Buffer.from(entry(n)))).toBe(true);
    }
    // The last pack's slots past entry 99 are empty.
    expect(packEntry(readFileSync(join(folder, '3.pf_pack')), 4)).toHaveLength(0);
  });

  test('should write the same packs whether one writer or several wrote the entries', () => {
    const one = filesOf(writeRuns(100, []));
    // Runs that start and end inside packs, one of a single entry, one of a whole pack.
    const several = filesOf(writeRuns(100, [5, 40, 41, 64, 96]));
    expect([...several.keys()]).toEqual([...one.keys()]);
    for (const [file, bytes] of several) expect(bytes.equals(one.get(file)!), file).toBe(true);
  });

  test('should refuse entries out of order, and empty ones', () => {
    const writer = new PackWriter(join(tempDir('packs'), 'index', 'h2'));
    writer.add(3, entry(3));
    expect(() => writer.add(5, entry(5))).toThrow('expected 4, got 5');
    expect(() => writer.add(4, new Uint8Array())).toThrow('entry 4 is empty');
  });

  test('should leave names that are not the bundle writer’s alone', () => {
    expect(packedEntry('/pagefind/fragment/en_3c4d.pf_fragment')).toBeUndefined();
    expect(packedEntry('/pagefind/index/h1/0/35s.pf_index')).toBeUndefined(); // b = 4096
    expect(packedEntry('/pagefind/pagefind.js')).toBeUndefined();
    // Entry 2 · 4096 + 63: slot 31 of pack 257 (75 in base 36).
    expect(packedEntry('/pagefind/index/h1/2/1r.pf_index')).toEqual({
      pack: '/pagefind/index/h1/75.pf_pack',
      slot: 31,
    });
  });

  test('should not fit more than a pack’s entries into one', () => {
    expect(() => encodePack(PACK_SIZE - 1, [entry(1), entry(2)])).toThrow('holds 32 entries');
  });
});

/** A static server over `files` that answers ranges (or not), logging each request. */
function server(files: Map<string, Uint8Array>, ranges: boolean) {
  const log: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const range = new Headers(init?.headers).get('range');
    log.push(range === null ? url : `${url} ${range}`);
    const file = files.get(url);
    if (file === undefined) return new Response('Not found', { status: 404 });
    const match = ranges ? /^bytes=(\d+)-(\d+)$/.exec(range ?? '') : null;
    if (match === null) return new Response(file.slice());
    return new Response(file.slice(Number(match[1]), Number(match[2]) + 1), { status: 206 });
  }) as typeof globalThis.fetch;
  return { fetch, log };
}

describe('the search page’s fetch of packed entries', () => {
  const packs = new Map([
    ['/p/fragment/h1/0.pf_pack', encodePack(0, [entry(0), entry(1), entry(2)])],
    ['/p/pagefind.js', new TextEncoder().encode('export {}')],
  ]);
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

  test('should read an entry with two range requests, the table once per pack', async () => {
    const { fetch, log } = server(packs, true);
    const packed = packedFetch(fetch);
    expect(await bytesOf(await packed('/p/fragment/h1/0/1.pf_fragment'))).toEqual(
      Buffer.from(entry(1)),
    );
    expect(await bytesOf(await packed('/p/fragment/h1/0/2.pf_fragment'))).toEqual(
      Buffer.from(entry(2)),
    );
    const start = PACK_HEADER_BYTES + entry(0).length;
    const next = start + entry(1).length;
    expect(log).toEqual([
      `/p/fragment/h1/0.pf_pack bytes=0-${PACK_HEADER_BYTES - 1}`,
      `/p/fragment/h1/0.pf_pack bytes=${start}-${start + entry(1).length - 1}`,
      `/p/fragment/h1/0.pf_pack bytes=${next}-${next + entry(2).length - 1}`,
    ]);
  });

  test('should read every entry from one download when the server ignores ranges', async () => {
    const { fetch, log } = server(packs, false);
    const packed = packedFetch(fetch);
    for (const n of [2, 0, 1]) {
      const response = await packed(`/p/fragment/h1/0/${n}.pf_fragment`);
      expect(await bytesOf(response)).toEqual(Buffer.from(entry(n)));
    }
    expect(log).toEqual([`/p/fragment/h1/0.pf_pack bytes=0-${PACK_HEADER_BYTES - 1}`]);
  });

  test('should pass other requests through, and a missing pack’s error to Pagefind', async () => {
    const { fetch, log } = server(packs, true);
    const packed = packedFetch(fetch);
    expect((await packed('/p/pagefind.js')).ok).toBe(true);
    const missing = `/p/fragment/h1/${entryName(9 * PACK_SIZE)}.pf_fragment`;
    expect((await packed(missing)).status).toBe(404);
    expect((await packed(missing)).status).toBe(404);
    // A failed pack is asked for again, not remembered as failed.
    expect(log.filter((line) => line.includes('/9.pf_pack'))).toHaveLength(2);
    expect((await packed('/p/fragment/h1/0/5.pf_fragment')).status).toBe(404);
  });
});
