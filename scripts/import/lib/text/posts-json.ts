import type { NaiveDateTime } from '../../../records/types.ts';

/** A post of the plain-text format as its record has it: `author` is always null. */
export interface TextPost {
  date: NaiveDateTime;
  body: string;
}

const encoder = new TextEncoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** How `JSON.stringify` writes each byte that needs escaping: `"`, `\` and the controls. */
const ESCAPES: Array<Uint8Array | undefined> = Array.from({ length: 0x80 }, (_, byte) =>
  byte < 0x20 || byte === QUOTE || byte === BACKSLASH
    ? encoder.encode(JSON.stringify(String.fromCharCode(byte)).slice(1, -1))
    : undefined,
);

/** 1 for each byte written as it is: a typed array, so the hot loop's lookup stays cheap. */
const PLAIN = Uint8Array.from({ length: 0x100 }, (_, byte) =>
  byte >= 0x80 || !ESCAPES[byte] ? 1 : 0,
);

/**
 * Appends UTF-8 JSON to a growing buffer. Built for the posts of a text dump, the bulk of the
 * records: escaping the UTF-8 bytes of a body costs about half of `JSON.stringify` followed by
 * encoding, whose string is as large as the body and, for most non-Latin text, two bytes a unit.
 */
export class JsonBytes {
  bytes = new Uint8Array(1 << 20);
  length = 0;
  #body = new Uint8Array(1 << 16);
  /** `#body` four bytes at a time (see `needsEscape`). */
  #words = new Int32Array(this.#body.buffer);

  /** `JSON.stringify(posts.map((p, i) => ({ n: i + 1, date, author: null, body })))`, as UTF-8. */
  posts(posts: readonly TextPost[]): void {
    this.#ascii('[');
    posts.forEach((post, i) => {
      // Dates are `YYYY-MM-DDTHH:MM` (checked by the parser): nothing in them needs escaping.
      this.#ascii(`${i ? ',' : ''}{"n":${i + 1},"date":"${post.date}","author":null,"body":`);
      this.string(post.body);
      this.#ascii('}');
    });
    this.#ascii(']');
  }

  /** `JSON.stringify(text)` as UTF-8, for text that is well-formed (no lone surrogates). */
  string(text: string): void {
    if (this.#body.length < text.length * 3) this.#grownBody(text.length * 3);
    const body = this.#body;
    const words = this.#words;
    const end = encoder.encodeInto(text, body).written;
    this.#reserve(end + 2);
    this.bytes[this.length++] = QUOTE;
    let run = 0;
    // Four bytes at a time: most words of forum text need no escaping, and one test clears them.
    const whole = end >> 2;
    for (let w = 0; w < whole; w++) {
      if (!needsEscape(words[w]!)) continue;
      for (let i = w << 2; i < (w + 1) << 2; i++) {
        if (PLAIN[body[i]!] !== 1) run = this.#escaped(body, run, i, end);
      }
    }
    for (let i = whole << 2; i < end; i++) {
      if (PLAIN[body[i]!] !== 1) run = this.#escaped(body, run, i, end);
    }
    this.bytes.set(body.subarray(run, end), this.length);
    this.length += end - run;
    this.bytes[this.length++] = QUOTE;
  }

  /** Appends `body[run..at)` and the escape of the byte at `at`; returns where the next run starts. */
  #escaped(body: Uint8Array, run: number, at: number, end: number): number {
    const escape = ESCAPES[body[at]!]!;
    this.#reserve(at - run + escape.length + (end - at) + 1);
    this.bytes.set(body.subarray(run, at), this.length);
    this.length += at - run;
    this.bytes.set(escape, this.length);
    this.length += escape.length;
    return at + 1;
  }

  #grownBody(bytes: number): void {
    this.#body = new Uint8Array((bytes + 3) & ~3);
    this.#words = new Int32Array(this.#body.buffer);
  }

  #ascii(text: string): void {
    this.#reserve(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  #reserve(bytes: number): void {
    if (this.length + bytes <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.length + bytes, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/**
 * Whether any of the four bytes in `word` is below 0x20, `"` or `\`: the zero-byte test of "Bit
 * Twiddling Hacks" (Sean Anderson), exact as to whether any byte matches. Bytes from 0x80 never do.
 */
function needsEscape(word: number): boolean {
  const quote = word ^ 0x22222222;
  const backslash = word ^ 0x5c5c5c5c;
  const flags =
    ((word - 0x20202020) & ~word) |
    ((quote - 0x01010101) & ~quote) |
    ((backslash - 0x01010101) & ~backslash);
  return (flags & 0x80808080) !== 0;
}
