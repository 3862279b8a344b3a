import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDumpContext,
  generateDump,
  generateFileAt,
  type GeneratedFile,
} from '../../../scripts/generate/index.ts';
import { parseThreadFile } from '../../../scripts/parse/index.ts';

// What the grammar says a record keeps of a body: no trailing spaces/tabs on a line, no leading
// or trailing blank lines. Written out here independently of the parser's own code.
function recordBody(body: string): string {
  const lines = body.split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Problems of one file: parse failure, or any field differing from what the generator meant. */
function mismatches(file: GeneratedFile): string[] {
  const result = parseThreadFile(Buffer.from(file.text, 'utf8'));
  if (!result.ok) return [`${file.path}:${result.issue.line}: ${result.issue.reason}`];
  const { thread } = result;
  const problems: string[] = [];
  if (thread.forum !== file.thread.forum) problems.push(`${file.path}: forum`);
  if (thread.title !== file.thread.title) problems.push(`${file.path}: title`);
  if (thread.posts.length !== file.thread.posts.length) {
    return [
      ...problems,
      `${file.path}: ${thread.posts.length} posts, meant ${file.thread.posts.length}`,
    ];
  }
  file.thread.posts.forEach((meant, i) => {
    const parsed = thread.posts[i];
    if (parsed?.date !== meant.date) problems.push(`${file.path}: post ${i + 1} date`);
    if (parsed?.body !== recordBody(meant.body)) problems.push(`${file.path}: post ${i + 1} body`);
  });
  return problems;
}

describe('generated files against the dump grammar', () => {
  it('should parse every file of a 1,000-thread dump into exactly the intended thread', () => {
    const files = [...generateDump({ threads: 1000, seed: 'grammar' })];
    expect(files.flatMap(mismatches)).toEqual([]);
    // The sample really exercises the tricky layouts the comparison has to survive.
    expect(files.some((file) => file.thread.layout.eol === 'crlf')).toBe(true);
    expect(files.some((file) => file.thread.layout.eol === 'mixed')).toBe(true);
    expect(files.some((file) => !file.thread.layout.finalNewline)).toBe(true);
    expect(files.some((file) => file.thread.layout.titlePadding !== '')).toBe(true);
  }, 60_000);

  it('should parse any thread of any seed into the intended thread', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(2999), (seed, index) => {
        const file = generateFileAt(createDumpContext({ threads: 3000, seed }), index);
        expect(mismatches(file)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('should never write a body line that reads as a post header', () => {
    const header =
      /^Post [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4}, [0-9]{2}:[0-9]{2}[ \t]*$/;
    const lookalikes: string[] = [];
    const headers: string[] = [];
    for (const file of generateDump({ threads: 600, seed: 'lookalikes' })) {
      for (const post of file.thread.posts) {
        for (const line of post.body.split('\n')) {
          if (header.test(line)) headers.push(`${file.path}: ${line}`);
          if (line.trimStart().toLowerCase().startsWith('post')) lookalikes.push(line);
        }
      }
    }
    expect(headers).toEqual([]);
    expect(lookalikes.length).toBeGreaterThan(20);
  }, 60_000);
});
