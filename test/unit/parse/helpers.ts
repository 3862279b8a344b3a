import {
  parseThreadFile,
  type DumpIssue,
  type ParsedThread,
} from '../../../scripts/parse/index.ts';

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (well-formed strings only). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Bytes from a mix of strings (UTF-8 encoded) and raw byte values. */
export function bytesOf(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? utf8(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Parse text that must be accepted; fails the test with the issue otherwise. */
export function threadOf(input: string | Uint8Array): ParsedThread {
  const result = parseThreadFile(typeof input === 'string' ? utf8(input) : input);
  if (!result.ok)
    throw new Error(`expected the file to parse, got ${JSON.stringify(result.issue)}`);
  return result.thread;
}

/** Parse text that must be rejected; fails the test when it is accepted. */
export function issueOf(input: string | Uint8Array): DumpIssue {
  const result = parseThreadFile(typeof input === 'string' ? utf8(input) : input);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.thread)}`);
  return result.issue;
}

/** A thread file with forum `F`, title `T` and the given lines from line 3 on, LF-terminated. */
export function fileWith(...lines: string[]): string {
  return ['F', 'T', ...lines].join('\n') + '\n';
}

/** Number of lines of a file: LF bytes, plus one for a last line without LF. */
export function lineCountOf(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte === 0x0a) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}
