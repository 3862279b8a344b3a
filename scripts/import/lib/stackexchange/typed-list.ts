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

/** Rows grouped by a number below `groups`: group g's rows are `order[starts[g]…starts[g + 1]]`. */
export interface Runs {
  starts: Uint32Array;
  order: Uint32Array;
}

/** Groups the rows `0…groupOf.length` by `groupOf[row]` with a counting sort, which is stable. */
export function runsOf(groupOf: Uint32Array, groups: number): Runs {
  const starts = new Uint32Array(groups + 1);
  for (const group of groupOf) starts[group + 1]! += 1;
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const next = starts.slice(0, groups);
  const order = new Uint32Array(groupOf.length);
  for (let row = 0; row < groupOf.length; row++) order[next[groupOf[row]!]!++] = row;
  return { starts, order };
}
