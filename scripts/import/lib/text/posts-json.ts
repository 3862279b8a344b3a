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
    if (this.#body.length < text.length * 3) this.#body = new Uint8Array(text.length * 3);
    const body = this.#body;
    const end = encoder.encodeInto(text, body).written;
    this.#reserve(end + 2);
    this.bytes[this.length++] = QUOTE;
    let run = 0;
    for (let i = 0; i < end; i++) {
      if (PLAIN[body[i]!] === 1) continue;
      const escape = ESCAPES[body[i]!]!;
      this.#reserve(i - run + escape.length + (end - i) + 1);
      this.bytes.set(body.subarray(run, i), this.length);
      this.length += i - run;
      this.bytes.set(escape, this.length);
      this.length += escape.length;
      run = i + 1;
    }
    this.bytes.set(body.subarray(run, end), this.length);
    this.length += end - run;
    this.bytes[this.length++] = QUOTE;
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
