/**
 * `Users.xml`'s `Id` → `DisplayName`, packed into shared memory. Every worker of the import looks
 * names up, and a large site has hundreds of thousands of users or millions: as a
 * `Map` of strings that is ~117 MB per million users in each thread, cloned into each worker
 * (~2 s a clone). Packed, it is ~20 bytes a user, and workers share the one copy.
 */
import { detach } from './detach.ts';

/** The packed names: sorted ids, and each name's UTF-8 bytes ending at `ends[i]`. */
export interface UserTable {
  ids: Int32Array;
  ends: Uint32Array;
  bytes: Uint8Array;
  /** Names of ids that are not plain 32-bit integers (none in real dumps), as they were. */
  others: Map<string, string>;
}

/** `id` as a 32-bit integer, if written the way `String` writes one (`-1`, `42`, not `042`). */
function int32Of(id: string): number | undefined {
  const value = Number(id);
  return (value | 0) === value && String(value) === id ? value : undefined;
}

/**
 * Collects names as `Users.xml` is read, already as UTF-8 bytes, so that no string per user
 * stays alive; `build` sorts them into a table. A later row wins for a repeated `Id`.
 */
export class UserTableBuilder {
  readonly #ids: number[] = [];
  readonly #ends: number[] = [];
  #bytes = Buffer.alloc(64 * 1024);
  #length = 0;
  readonly #others = new Map<string, string>();

  add(id: string, name: string): void {
    const value = int32Of(id);
    if (value === undefined) return void this.#others.set(id, detach(name));
    const size = Buffer.byteLength(name, 'utf8');
    if (this.#length + size > this.#bytes.length) {
      const grown = Buffer.alloc(Math.max(this.#bytes.length * 2, this.#length + size));
      this.#bytes.copy(grown, 0, 0, this.#length);
      this.#bytes = grown;
    }
    this.#length += this.#bytes.write(name, this.#length, 'utf8');
    this.#ids.push(value);
    this.#ends.push(this.#length);
  }

  build(): UserTable {
    const rows = this.#ids.map((_, row) => row);
    // Equal ids stay in file order (a stable sort), so the last of them is the one kept.
    rows.sort((a, b) => this.#ids[a]! - this.#ids[b]!);
    const kept = rows.filter((row, i) => this.#ids[row] !== this.#ids[rows[i + 1]!]);
    const startOf = (row: number) => (row === 0 ? 0 : this.#ends[row - 1]!);
    const total = kept.reduce((sum, row) => sum + this.#ends[row]! - startOf(row), 0);
    const table: UserTable = {
      ids: new Int32Array(new SharedArrayBuffer(kept.length * 4)),
      ends: new Uint32Array(new SharedArrayBuffer(kept.length * 4)),
      bytes: new Uint8Array(new SharedArrayBuffer(total)),
      others: this.#others,
    };
    let end = 0;
    kept.forEach((row, i) => {
      table.ids[i] = this.#ids[row]!;
      table.bytes.set(this.#bytes.subarray(startOf(row), this.#ends[row]), end);
      table.ends[i] = end += this.#ends[row]! - startOf(row);
    });
    return table;
  }
}

/** The name of user `id`, or `undefined` when `Users.xml` has none. */
export function userNameIn(table: UserTable, id: string): string | undefined {
  const value = int32Of(id);
  if (value === undefined) return table.others.get(id);
  let low = 0;
  let high = table.ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = table.ids[middle]!;
    if (found === value) {
      const start = middle === 0 ? 0 : table.ends[middle - 1]!;
      const { buffer, byteOffset } = table.bytes;
      return Buffer.from(buffer, byteOffset + start, table.ends[middle]! - start).toString('utf8');
    }
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** `userNameIn` over `table`, or no names at all for a dump without `Users.xml`. */
export function userNameLookup(table: UserTable | undefined): (id: string) => string | undefined {
  return (id) => (table ? userNameIn(table, id) : undefined);
}
