type TypedArray = Float64Array | Uint32Array;

/**
 * A growable typed array: a number costs its 4 or 8 bytes, where a JavaScript array of small
 * arrays costs a header and spare capacity for each. What lets the indexes of a large dump's
 * rows stay a few bytes a row.
 */
export class TypedList<T extends TypedArray> {
  readonly #make: (length: number) => T;
  #data: T;
  #length = 0;

  constructor(make: (length: number) => T) {
    this.#make = make;
    this.#data = make(1024);
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) this.#grow(this.#length + 1);
    this.#data[this.#length++] = value;
  }

  /** Sets entry `index`, lengthening the list with zeros up to it if needed. */
  set(index: number, value: number): void {
    if (index >= this.#data.length) this.#grow(index + 1);
    if (index >= this.#length) this.#length = index + 1;
    this.#data[index] = value;
  }

  /** Entry `index`; 0 past the end, like the zeros `set` fills in. */
  get(index: number): number {
    return index < this.#length ? this.#data[index]! : 0;
  }

  /** The entries, as a view that the next `push` or `set` may leave stale. */
  view(): T {
    return this.#data.subarray(0, this.#length) as T;
  }

  #grow(needed: number): void {
    const grown = this.#make(Math.max(needed, this.#data.length * 2));
    grown.set(this.#data.subarray(0, this.#length));
    this.#data = grown;
  }
}

export const float64List = (): TypedList<Float64Array> =>
  new TypedList((length) => new Float64Array(length));

export const uint32List = (): TypedList<Uint32Array> =>
  new TypedList((length) => new Uint32Array(length));
