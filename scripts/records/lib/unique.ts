/**
 * Hands out keys unique under case-insensitive comparison (URLs must not collide on case-insensitive
 * file systems): the first claimant keeps the key, later ones get `-2`, `-3`, ….
 */
export class UniqueKeys {
  readonly #taken = new Set<string>();

  claim(key: string): string {
    let candidate = key;
    for (let n = 2; this.#taken.has(candidate.toLowerCase()); n++) candidate = `${key}-${n}`;
    this.#taken.add(candidate.toLowerCase());
    return candidate;
  }
}
