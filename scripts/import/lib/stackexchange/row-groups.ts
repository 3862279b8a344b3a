import { float64List, runsOf, uint32List, type Runs } from './typed-list.ts';

/**
 * Byte ranges of rows grouped by an integer key (a question's `Id` for its answers, a post's `Id`
 * for its comments), in typed arrays: about 30 bytes a row. Groups are numbered in the order
 * their keys are first claimed; a group's rows keep the order they were added in.
 */
export class RowGroups {
  readonly #ordinals = new Map<number, number>();
  readonly #keys = float64List();
  readonly #groupOfRow = uint32List();
  readonly #offsets = float64List();
  readonly #lengths = uint32List();
  /** A number carried by each row (an answer's `Id`). */
  readonly #tags = float64List();
  /** Rows by group, worked out when the groups are first read. */
  #runs: Runs | undefined;

  /** Groups claimed so far. */
  get size(): number {
    return this.#keys.length;
  }

  /** The group of `key`, numbered now if it is new. */
  claim(key: number): number {
    let group = this.#ordinals.get(key);
    if (group === undefined) {
      group = this.#keys.length;
      this.#ordinals.set(key, group);
      this.#keys.push(key);
    }
    return group;
  }

  /** The group of `key`, if it has been claimed. */
  find(key: number): number | undefined {
    return this.#ordinals.get(key);
  }

  keyOf(group: number): number {
    return this.#keys.get(group);
  }

  add(group: number, offset: number, length: number, tag = 0): void {
    this.#runs = undefined;
    this.#groupOfRow.push(group);
    this.#offsets.push(offset);
    this.#lengths.push(length);
    this.#tags.push(tag);
  }

  /** How many rows group `group` holds. */
  rowCount(group: number): number {
    const starts = this.#sorted().starts;
    return starts[group + 1]! - starts[group]!;
  }

  /** Calls `onRow` for each row of `group`, in the order they were added. */
  forEachRow(group: number, onRow: (offset: number, length: number, tag: number) => void): void {
    const { starts, order } = this.#sorted();
    const offsets = this.#offsets.view();
    const lengths = this.#lengths.view();
    const tags = this.#tags.view();
    for (let i = starts[group]!; i < starts[group + 1]!; i++) {
      const row = order[i]!;
      onRow(offsets[row]!, lengths[row]!, tags[row]!);
    }
  }

  #sorted(): Runs {
    return (this.#runs ??= runsOf(this.#groupOfRow.view(), this.size));
  }
}
