/**
 * Pagefind's file encoding: CBOR (index chunks, filters, metadata) or JSON (fragments), prefixed
 * with `pagefind_dcd` (how `pagefind.js` tells decompressed bytes from compressed ones) and
 * gzipped; files are named by a short hash of their content, so browsers may cache them forever.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CborWriter, type CborValue } from './cbor-writer.ts';

const PREFIX = Buffer.from('pagefind_dcd');

/**
 * `value` as a Pagefind CBOR file's bytes, compressed hardest: the metadata and filters, few
 * files that a first search loads whole.
 */
export function encodeCbor(value: CborValue): Buffer {
  const out = new CborWriter(1 << 12);
  out.value(value);
  return gzipped(out.view(), 9);
}

/**
 * Already encoded CBOR as a Pagefind file's bytes. Level 5: 0.4 % more bytes than the default
 * level (6) over a shard's index chunks, for about two thirds of its CPU time.
 */
export function gzipped(bytes: Uint8Array, level = 5): Buffer {
  return gzipSync(Buffer.concat([PREFIX, bytes]), { level });
}

/**
 * `value` as a Pagefind JSON file's bytes (fragments). Level 4, the last of zlib's fast levels:
 * about half the CPU of the default level for 1 % more bytes, on the files that hold all of the
 * archive's text once more (level 1 was as fast and 1.7 % larger).
 */
export function encodeJson(value: unknown): Buffer {
  return gzipSync(Buffer.concat([PREFIX, Buffer.from(JSON.stringify(value))]), { level: 4 });
}

/**
 * Hands out short names for contents, from their SHA-256: base 36 (lowercase, so names stay
 * distinct on case-insensitive file systems), `length` characters, more where two collide.
 * Pagefind names files `en_` + 7 hex digits; the metadata lists one name per page, so every
 * character saved there is saved on every first search.
 */
export class HashNames {
  readonly #taken = new Set<string>();
  readonly #length: number;
  readonly #prefix: string;

  constructor(length = 5, prefix = '') {
    this.#length = length;
    this.#prefix = prefix;
  }

  name(bytes: Uint8Array): string {
    const digest = createHash('sha256').update(bytes).digest();
    // Low-order base-36 digits first: the high-order ones of a 64-bit number are not uniform.
    const digits = [...digest.readBigUInt64BE(0).toString(36).padStart(13, '0')].reverse();
    const full = digits.join('') + digest.toString('hex', 8);
    let size = this.#length;
    while (this.#taken.has(full.slice(0, size)) && size < full.length) size++;
    const name = full.slice(0, size);
    this.#taken.add(name);
    return `${this.#prefix}${name}`;
  }
}
