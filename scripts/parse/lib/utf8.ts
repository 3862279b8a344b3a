/** 1-based line of byte `offset`: one more than the LF bytes before it. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; line++) {
    index = bytes.indexOf(0x0a, index + 1);
  }
  return line;
}

/**
 * Byte offset where the first ill-formed sequence starts, or -1 if all is well-formed UTF-8.
 * Follows the table of well-formed byte sequences in the Unicode standard (chapter 3, table 3-7).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    // Allowed range of the second byte, and how many bytes the sequence has.
    let low = 0x80;
    let high = 0xbf;
    let size: number;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // past U+10FFFF
    } else return index; // stray continuation byte, C0/C1 overlong lead, F5–FF
    if (index + size > length) return index;
    const second = bytes[index + 1] ?? 0;
    if (second < low || second > high) return index;
    for (let next = index + 2; next < index + size; next++) {
      const byte = bytes[next] ?? 0;
      if (byte < 0x80 || byte > 0xbf) return index;
    }
    index += size;
  }
  return -1;
}
