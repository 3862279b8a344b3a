/**
 * Answers Pagefind's requests for fragments and index chunks from the packs that hold them
 * (`../utils/search-packs.ts`): a range request for the pack's offset table (once per pack),
 * then one for the entry. Pagefind fetches through the global `fetch` and has no hook of its
 * own, so the search page installs this over it; every other request passes through.
 *
 * A server that ignores ranges (Python's `http.server`) sends the whole pack instead, which is
 * then kept for the pack's other entries: more bytes, on what is mostly a local server.
 */
import { PACK_HEADER_BYTES, packedEntry, packOffsets } from '../utils/search-packs.ts';

interface OpenPack {
  offsets: Uint32Array;
  /** The whole file, once a server sent it. */
  whole?: Uint8Array;
}

/** A pack the server did not send: its status, answered to each request for its entries. */
interface MissingPack {
  status: number;
  statusText: string;
}

type Fetch = typeof fetch;

const UNPACKED = Symbol.for('forum-archive.unpacked-fetch');

/** A `fetch` over `base` that reads packed entries, with its own cache of open packs. */
export function packedFetch(base: Fetch): Fetch {
  const packs = new Map<string, Promise<OpenPack | MissingPack>>();
  const packed = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
    const entry = url === undefined ? undefined : packedEntry(url);
    if (entry === undefined) return base(input, init);
    let opening = packs.get(entry.pack);
    if (opening === undefined) {
      opening = openPack(base, entry.pack);
      packs.set(entry.pack, opening);
    }
    const pack = await opening;
    if (!('offsets' in pack)) {
      packs.delete(entry.pack);
      return new Response(null, pack);
    }
    return readEntry(base, entry.pack, pack, entry.slot);
  };
  return Object.assign(packed, { [UNPACKED]: base });
}

/**
 * Makes the global `fetch` read packed entries, with an empty cache (a new search page, or a new
 * Pagefind in the search benchmark, starts with none open). Installing it again replaces the
 * earlier one instead of wrapping it.
 */
export function installPackedFetch(): void {
  const current = globalThis.fetch as Fetch & { [UNPACKED]?: Fetch };
  const base = current[UNPACKED] ?? current.bind(globalThis);
  globalThis.fetch = packedFetch(base);
}

async function openPack(base: Fetch, url: string): Promise<OpenPack | MissingPack> {
  const response = await base(url, { headers: { Range: `bytes=0-${PACK_HEADER_BYTES - 1}` } });
  if (!response.ok) return { status: response.status, statusText: response.statusText };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const offsets = packOffsets(bytes);
  return response.status === 206 ? { offsets } : { offsets, whole: bytes };
}

async function readEntry(
  base: Fetch,
  url: string,
  pack: OpenPack,
  slot: number,
): Promise<Response> {
  const start = pack.offsets[slot]!;
  const end = pack.offsets[slot + 1]!;
  if (end <= start) return new Response(null, { status: 404, statusText: 'Not in its pack' });
  if (pack.whole !== undefined) return new Response(pack.whole.slice(start, end));
  const response = await base(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status === 206) {
    if (bytes.length !== end - start) {
      throw new Error(`${url}: asked for ${end - start} bytes, got ${bytes.length}.`);
    }
    return new Response(bytes);
  }
  pack.whole = bytes;
  return new Response(bytes.slice(start, end));
}
