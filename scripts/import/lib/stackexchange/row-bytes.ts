/**
 * Pass 1's reading of row lines, straight from their bytes. Decoding each line to a string to run
 * a regex on it made as much garbage as the file is large, which the heap kept as RSS long after
 * (500 MB after pass 1 over a 1 GB `Posts.xml`, 32 MB of it live). These agree with the regexes
 * they replace (`isRowLine`, `isWholeRow`, `\sName="(\d+)"`) on a Latin-1 reading of the line.
 */

/** The bytes that `\s` matches in a Latin-1 string. */
function isSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0xa0;
}

const ROW = Buffer.from('<row', 'latin1');

/** Whether the line holds a row: `^\s*<row\s`. */
export function isRowBytes(line: Buffer): boolean {
  let i = 0;
  while (i < line.length && isSpace(line[i]!)) i++;
  return line.subarray(i, i + ROW.length).equals(ROW) && isSpace(line[i + ROW.length] ?? 0);
}

/** Whether the row is whole: it ends in `/>`, whitespace aside. */
export function isWholeRowBytes(line: Buffer): boolean {
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1]!)) end--;
  return end >= 2 && line[end - 2] === 0x2f && line[end - 1] === 0x3e;
}

/** A searcher for the integer attribute `name`: the digits of the first `\sname="(\d+)"`. */
export function integerAttribute(name: string): (line: Buffer) => string | undefined {
  const needle = Buffer.from(`${name}="`, 'latin1');
  return (line) => {
    for (let at = line.indexOf(needle, 1); at > 0; at = line.indexOf(needle, at + 1)) {
      if (!isSpace(line[at - 1]!)) continue;
      const start = at + needle.length;
      let end = start;
      while (line[end]! >= 0x30 && line[end]! <= 0x39) end++;
      if (end > start && line[end] === 0x22) return line.toString('latin1', start, end);
    }
    return undefined;
  };
}
