/**
 * A deliberately naive second reading of the dump grammar, written straight from
 * /work/shared/dump-format.md with whole-string operations (fatal TextDecoder, `split(/\r?\n/)`,
 * regexes, `Date`) instead of the parser's byte scanning. Property tests compare the two.
 */
const headerShape =
  /^Post ([0-9]{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}), ([0-9]{2}):([0-9]{2})$/;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type ReferenceResult =
  | {
      ok: true;
      thread: {
        forum: string;
        title: string;
        posts: Array<{ line: number; date: string; body: string }>;
      };
    }
  | { ok: false; reason: string; line: number | null };

const trimEnd = (line: string) => line.replace(/[ \t]+$/, '');
const trimBoth = (line: string) => trimEnd(line).replace(/^[ \t]+/, '');

/** Whether a line (terminator removed) is header-shaped, and if so whether its minute exists. */
export function referenceHeader(line: string): { date: string } | 'impossible' | undefined {
  const match = headerShape.exec(trimEnd(line));
  if (match === null) return undefined;
  const [, dd = '', monthName = '', yyyy = '', hh = '', mm = ''] = match;
  const month = months.indexOf(monthName);
  // setUTCFullYear (unlike Date.UTC) leaves years 0–99 alone; a day past the month rolls over.
  const date = new Date(0);
  date.setUTCFullYear(Number(yyyy), month, Number(dd));
  const real =
    date.getUTCMonth() === month &&
    date.getUTCDate() === Number(dd) &&
    Number(hh) <= 23 &&
    Number(mm) <= 59;
  if (!real) return 'impossible';
  return { date: `${yyyy}-${String(month + 1).padStart(2, '0')}-${dd}T${hh}:${mm}` };
}

/** The body of a post from its raw lines, normalised as the records want it. */
export function referenceBody(lines: string[]): string {
  const kept = lines.map(trimEnd);
  while (kept[0] === '') kept.shift();
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}

export function referenceParse(bytes: Uint8Array): ReferenceResult {
  let text: string;
  let badLine: number | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where a lossy decode, re-encoded, first differs from the input is inside the first bad
    // sequence's line (the differing bytes are never LF).
    const lossy = new TextEncoder().encode(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    );
    let at = 0;
    while (bytes[at] === lossy[at]) at++;
    const before = bytes.subarray(0, at);
    badLine = 1 + before.filter((byte) => byte === 0x0a).length;
    text = new TextDecoder('utf-8').decode(bytes.subarray(0, before.lastIndexOf(0x0a) + 1));
  }
  const fail = (reason: string, line: number | null): ReferenceResult => ({
    ok: false,
    reason,
    line,
  });
  const atEnd = () => (badLine === null ? null : fail('invalid-utf8', badLine));

  if (text === '') return atEnd() ?? fail('empty-file', null);
  const lines = text.split(/\r?\n/);
  if (text.endsWith('\n')) lines.pop();
  const forum = trimBoth(lines[0] ?? '');
  if (forum === '') return fail('empty-forum-name', 1);
  if (lines.length < 2) return atEnd() ?? fail('missing-title', 2);
  const title = trimBoth(lines[1] ?? '');
  if (title === '') return fail('empty-title', 2);

  const posts: Array<{ line: number; date: string; raw: string[] }> = [];
  for (let index = 2; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const header = referenceHeader(line);
    if (header === 'impossible') return fail('invalid-date', index + 1);
    if (header !== undefined) posts.push({ line: index + 1, date: header.date, raw: [] });
    else if (posts.length > 0) posts.at(-1)?.raw.push(line);
    else if (trimEnd(line) !== '') return fail('text-before-first-post', index + 1);
  }
  if (posts.length === 0) return atEnd() ?? fail('no-posts', null);
  return (
    atEnd() ?? {
      ok: true,
      thread: {
        forum,
        title,
        posts: posts.map(({ line, date, raw }) => ({ line, date, body: referenceBody(raw) })),
      },
    }
  );
}
