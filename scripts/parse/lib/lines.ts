import type { Buffer } from 'node:buffer';

const LF = 0x0a;
const CR = 0x0d;
const space = 0x20;
const tab = 0x09;

/** Index of the LF ending the line that starts at `from`, or -1 when it runs to `end`. */
export function newlineAfter(buffer: Buffer, from: number, end: number): number {
  const newline = buffer.indexOf(LF, from);
  return newline >= end ? -1 : newline;
}

/**
 * End of the text of the line from `start` to its LF at `newline` (-1: to `fileEnd`), without the
 * CR of a CRLF terminator and without trailing spaces/tabs. Nothing else counts as whitespace.
 */
export function contentEnd(bytes: Uint8Array, start: number, newline: number, fileEnd: number) {
  let end = newline === -1 ? fileEnd : newline;
  // A CR counts as terminator only right before LF; at the end of the file it is text.
  if (newline > start && bytes[newline - 1] === CR) end--;
  while (end > start && (bytes[end - 1] === space || bytes[end - 1] === tab)) end--;
  return end;
}

/** Start of `bytes[start, end)` without leading spaces/tabs. */
export function contentStart(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && (bytes[start] === space || bytes[start] === tab)) start++;
  return start;
}
