/**
 * A growable buffer of CBOR items: just the major types the bundle format uses (unsigned and
 * negative integers, text strings, arrays). Writing the bytes directly keeps a shard's word index
 * as compact bytes instead of millions of small arrays, which no general CBOR encoder does; the
 * same writer encodes the small files too (cbor-x, the common library, also pulls in native
 * optional packages that `npm ci` tripped over). Tests read the files back with cbor2.
 */
const encoder = new TextEncoder();

/** What the bundle's CBOR files hold. */
export type CborValue = number | string | readonly CborValue[];

export class CborWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Major type 0 (`value` ≥ 0) or 1 (`value` < 0), in the shortest form. */
  int(value: number): void {
    if (value < 0) this.#head(0x20, -1 - value);
    else this.#head(0x00, value);
  }

  text(value: string): void {
    // At most 3 bytes per UTF-16 unit: encode in place after a header sized for that, then fix it.
    this.#reserve(9 + value.length * 3);
    const at = this.length;
    this.#head(0x60, value.length * 3);
    const headerSize = this.length - at;
    const { written } = encoder.encodeInto(value, this.bytes.subarray(this.length));
    this.length = at;
    this.#head(0x60, written);
    if (this.length - at !== headerSize) {
      this.bytes.copyWithin(this.length, at + headerSize, at + headerSize + written);
    }
    this.length += written;
  }

  array(length: number): void {
    this.#head(0x80, length);
  }

  /** A nested value of arrays, strings and integers (the metadata and filter files). */
  value(value: CborValue): void {
    if (typeof value === 'number') this.int(value);
    else if (typeof value === 'string') this.text(value);
    else {
      this.array(value.length);
      for (const item of value) this.value(item);
    }
  }

  raw(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends `source[start..end)`: a plain loop, cheaper than a view for the few bytes of an entry. */
  copy(source: Uint8Array, start: number, end: number): void {
    this.#reserve(end - start);
    const b = this.bytes;
    let at = this.length;
    for (let i = start; i < end; i++) b[at++] = source[i]!;
    this.length = at;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(start = 0, end = this.length): Uint8Array {
    return this.bytes.subarray(start, end);
  }

  #head(major: number, value: number): void {
    this.#reserve(9);
    const b = this.bytes;
    if (value < 24) b[this.length++] = major | value;
    else if (value < 0x100) {
      b[this.length++] = major | 24;
      b[this.length++] = value;
    } else if (value < 0x10000) {
      b[this.length++] = major | 25;
      b[this.length++] = value >>> 8;
      b[this.length++] = value & 0xff;
    } else if (value < 0x100000000) {
      b[this.length++] = major | 26;
      b[this.length++] = value >>> 24;
      b[this.length++] = (value >>> 16) & 0xff;
      b[this.length++] = (value >>> 8) & 0xff;
      b[this.length++] = value & 0xff;
    } else throw new RangeError(`CBOR value ${value} is too large for the search index`);
  }

  #reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
