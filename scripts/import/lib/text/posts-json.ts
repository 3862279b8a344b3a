import type { ScannedPost } from '../../../parse/index.ts';

const encoder = new TextEncoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

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

interface FileView {
  buffer: ArrayBufferLike;
  bytes: Uint8Array;
  words: Int32Array;
}

/**
 * Appends UTF-8 JSON to a growing buffer. Built for the posts of a text dump, the bulk of the
 * records: each body is escaped straight from the file's UTF-8 bytes, never decoded to a string.
 * Escaping UTF-8 bytes cost about half of `JSON.stringify` and encoding its string, and not
 * decoding the bodies at all took the parse work on 150 MB of L from 0.62 to 0.41 CPU-seconds.
 */
export class JsonBytes {
  bytes = new Uint8Array(1 << 20);
  length = 0;
  /** The last file's whole buffer, as bytes and four bytes at a time (see `needsEscape`). */
  #file: FileView | undefined;

  /**
   * `JSON.stringify(posts.map((p, i) => ({ n: i + 1, date, author: null, body })))` as UTF-8 for
   * the posts `parseThreadFile` gives, from the scan of `file` (`scanThreadFile`): each body is
   * escaped from the file's bytes, its lines' trailing blanks and CRs dropped on the way as
   * `bodyOf` drops them.
   */
  scannedPosts(file: Uint8Array, posts: readonly ScannedPost[]): void {
    const { bytes, words } = this.#fileView(file);
    const offset = file.byteOffset;
    this.#ascii('[');
    for (let i = 0; i < posts.length; i++) {
      const post = posts[i]!;
      this.#postHead(i, post.date);
      if (post.first !== -1) {
        const first = offset + post.first;
        const last = offset + post.last;
        if (post.clean) this.#escapedRange(bytes, words, first, last);
        else this.#cleanedLines(bytes, words, first, last);
      }
      this.#ascii('"}');
    }
    this.#ascii(']');
  }

  /** Writes on into `buffer`, from its start; the bytes written so far stay in their buffer. */
  restart(buffer: Uint8Array<ArrayBuffer>): void {
    this.bytes = buffer;
    this.length = 0;
  }

  /** A post record up to the opening quote of its body. */
  #postHead(index: number, date: string): void {
    // Dates are `YYYY-MM-DDTHH:MM` (checked by the parser): nothing in them needs escaping.
    this.#ascii(`${index ? ',' : ''}{"n":${index + 1},"date":"${date}","author":null,"body":"`);
  }

  /** Lines `source[from, to)` escaped, each line's trailing blanks and CR before its LF dropped. */
  #cleanedLines(source: Uint8Array, words: Int32Array, from: number, to: number): void {
    let start = from;
    for (let newline = source.indexOf(LF, start); newline !== -1 && newline < to;) {
      let end = newline;
      if (end > start && source[end - 1] === CR) end--;
      while (end > start && (source[end - 1] === SPACE || source[end - 1] === TAB)) end--;
      this.#escapedRange(source, words, start, end);
      this.#ascii('\\n');
      start = newline + 1;
      newline = source.indexOf(LF, start);
    }
    this.#escapedRange(source, words, start, to);
  }

  /** Appends `source[from, to)` with every byte that needs it escaped; `words` views `source`. */
  #escapedRange(source: Uint8Array, words: Int32Array, from: number, to: number): void {
    this.#reserve(to - from);
    let run = from;
    // Four bytes at a time: most words of forum text need no escaping, and one test clears them.
    const firstWord = (from + 3) >> 2;
    const endWord = to >> 2;
    if (firstWord >= endWord) {
      for (let i = from; i < to; i++) {
        if (PLAIN[source[i]!] !== 1) run = this.#escaped(source, run, i, to);
      }
    } else {
      for (let i = from; i < firstWord << 2; i++) {
        if (PLAIN[source[i]!] !== 1) run = this.#escaped(source, run, i, to);
      }
      for (let w = firstWord; w < endWord; w++) {
        if (!needsEscape(words[w]!)) continue;
        for (let i = w << 2; i < (w + 1) << 2; i++) {
          if (PLAIN[source[i]!] !== 1) run = this.#escaped(source, run, i, to);
        }
      }
      for (let i = endWord << 2; i < to; i++) {
        if (PLAIN[source[i]!] !== 1) run = this.#escaped(source, run, i, to);
      }
    }
    this.bytes.set(source.subarray(run, to), this.length);
    this.length += to - run;
  }

  /** Appends `source[run..at)` and the escape of the byte at `at`; returns where the next run starts. */
  #escaped(source: Uint8Array, run: number, at: number, end: number): number {
    const escape = ESCAPES[source[at]!]!;
    this.#reserve(at - run + escape.length + (end - at));
    this.bytes.set(source.subarray(run, at), this.length);
    this.length += at - run;
    this.bytes.set(escape, this.length);
    this.length += escape.length;
    return at + 1;
  }

  /** Views of the whole buffer under `file`, made again only when the buffer changes. */
  #fileView(file: Uint8Array): FileView {
    const buffer = file.buffer;
    if (this.#file?.buffer !== buffer) {
      const bytes = new Uint8Array(buffer);
      this.#file = { buffer, bytes, words: new Int32Array(buffer, 0, bytes.length >> 2) };
    }
    return this.#file;
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
