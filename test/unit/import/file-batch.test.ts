import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFileBatch } from '../../../scripts/import/lib/text/batch.ts';
import { postRecordsOf, readThreadFile } from '../../../scripts/import/lib/text/read-thread.ts';
import type { DumpEntry } from '../../../scripts/read/walk.ts';
import { tempDir } from '../../helpers/cli.ts';

/** Thread files whose bodies are `bodies`, one post each. */
function threadFiles(name: string, bodies: string[]): DumpEntry[] {
  const dir = join(tempDir('file-batch'), name);
  mkdirSync(dir, { recursive: true });
  return bodies.map((body, i) => {
    const path = join(dir, `${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `Forum\nThread ${i}\n\nPost 11 Apr 2015, 14:58\n${body}\n`);
    return { path, source: `${name}/${i}.txt` };
  });
}

/** What the batch's posts bytes must be: each file's posts as `JSON.stringify` writes them. */
function expectedPosts(entries: DumpEntry[]): string {
  return entries
    .map((entry) => {
      const file = readThreadFile(entry);
      if (file.kind !== 'thread') throw new Error(`${entry.source} did not parse`);
      return JSON.stringify(postRecordsOf(file.thread));
    })
    .join('');
}

describe('readFileBatch', () => {
  test('should write the next batch into the buffer given back, with the right bytes', () => {
    const first = threadFiles('first', ['a "quoted" line', 'tab\there', 'ü and 😀']);
    const second = threadFiles('second', ['second batch', 'line one  \r\nline two']);
    const one = readFileBatch({ entries: first, spare: null });
    expect(Buffer.from(one.posts).toString()).toBe(expectedPosts(first));
    const given = one.posts.buffer as ArrayBuffer;
    const two = readFileBatch({ entries: second, spare: given });
    expect(two.posts.buffer).toBe(given);
    expect(Buffer.from(two.posts).toString()).toBe(expectedPosts(second));
  });

  test('should not write into a buffer given back that a huge thread grew past 16 MB', () => {
    const huge = readFileBatch({
      entries: threadFiles('huge', ['x'.repeat(17 << 20)]),
      spare: null,
    });
    expect(huge.posts.buffer.byteLength).toBeGreaterThan(16 << 20);
    const small = threadFiles('small', ['small']);
    const next = readFileBatch({ entries: small, spare: huge.posts.buffer as ArrayBuffer });
    expect(next.posts.buffer).not.toBe(huge.posts.buffer);
    expect(next.posts.buffer.byteLength).toBeLessThanOrEqual(16 << 20);
    expect(Buffer.from(next.posts).toString()).toBe(expectedPosts(small));
  });
});
