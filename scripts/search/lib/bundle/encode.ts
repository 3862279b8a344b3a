/**
 * Pagefind's file encoding: CBOR (index chunks, filters, metadata) or JSON (fragments), prefixed
 * with `pagefind_dcd` (how `pagefind.js` tells decompressed bytes from compressed ones) and
 * gzipped; files are named by a short hash of their content, so browsers may cache them forever.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Encoder } from 'cbor-x';

const PREFIX = Buffer.from('pagefind_dcd');
// Plain CBOR arrays, strings and integers, as the wasm's decoder reads them (no cbor-x records).
const cbor = new Encoder({ useRecords: false, tagUint8Array: false });

/** `value` as a Pagefind CBOR file's bytes. */
export function encodeCbor(value: unknown): Buffer {
  return gzipped(cbor.encode(value));
}

/** Already encoded CBOR as a Pagefind file's bytes. */
export function gzipped(bytes: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([PREFIX, bytes]));
}

/**
 * `value` as a Pagefind JSON file's bytes (fragments). Level 1: a third of the CPU of the default
 * level for 6 % more bytes, on the files that hold all of the archive's text once more.
 */
export function encodeJson(value: unknown): Buffer {
  return gzipSync(Buffer.concat([PREFIX, Buffer.from(JSON.stringify(value))]), { level: 1 });
}

/** Hands out `en_<hex>` names for contents: 7 hex digits, more where two contents collide. */
export class HashNames {
  readonly #taken = new Set<string>();
  readonly #length: number;

  constructor(length = 7) {
    this.#length = length;
  }

  name(bytes: Buffer): string {
    const hex = createHash('sha256').update(bytes).digest('hex');
    let size = this.#length;
    while (this.#taken.has(hex.slice(0, size)) && size < hex.length) size++;
    const name = hex.slice(0, size);
    this.#taken.add(name);
    return `en_${name}`;
  }
}
