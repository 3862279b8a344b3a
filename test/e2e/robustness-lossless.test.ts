import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeDump } from '../../scripts/generate/index.ts';
import { parseThreadFile } from '../../scripts/parse/index.ts';
import { expectIndexMatchesPages } from '../helpers/indexed-words.ts';
import { buildArchive, tempDir, type BuiltArchive } from '../helpers/cli.ts';
import { threadRecords } from '../helpers/thread-records.ts';
import { comparable, filesUnder } from './robustness-helpers.ts';

const POSTS_PER_PAGE = 50;

/** A post as the dump file says it, independent of the records. */
interface DumpPost {
  n: number;
  body: string;
}

/** Where each `id="p<N>"` anchor of the site is: thread folder, page number, the element. */
interface Anchor {
  threadDir: string;
  page: number;
  n: number;
  element: Element;
}

function anchorsOf(out: string): Anchor[] {
  const processor = rehype();
  const anchors: Anchor[] = [];
  for (const file of filesUnder(out).filter((path) => path.endsWith('.html'))) {
    const tree = processor.parse(readFileSync(join(out, file), 'utf8')) as Root;
    const match = /^t\/[^/]+\/([^/]+)\/(?:(\d+)\/)?index\.html$/.exec(file);
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id !== 'string' || !/^p\d+$/.test(id)) return;
      anchors.push({
        threadDir: match?.[1] ?? file,
        page: match ? Number(match[2] ?? 1) : 0,
        n: Number(id.slice(1)),
        element: node,
      });
    });
  }
  return anchors;
}

describe('a generated dump of 300 threads, built', () => {
  let dump: string;
  let archive: BuiltArchive;
  /** Dump file (relative path) → its posts, parsed from the file itself. */
  const expected = new Map<string, DumpPost[]>();
  /** Dump file → thread id, from the records. */
  const idOf = new Map<string, string>();
  let anchors: Anchor[];

  beforeAll(async () => {
    dump = join(tempDir('lossless'), 'dump');
    await writeDump({ out: dump, threads: 300, seed: 'lossless', workers: 1 });
    archive = buildArchive([dump]);
    for (const file of filesUnder(dump)) {
      const result = parseThreadFile(readFileSync(join(dump, file)));
      if (!result.ok) throw new Error(`${file}: ${result.issue.message}`);
      expected.set(
        file,
        result.thread.posts.map((post, index) => ({ n: index + 1, body: post.body })),
      );
    }
    for (const record of threadRecords(archive.records)) idOf.set(record.source, record.id);
    anchors = anchorsOf(archive.out);
  });

  test('the dump has 300 accepted files, some with more than one page of posts', () => {
    expect(expected.size).toBe(300);
    expect(idOf.size).toBe(300);
    const longest = Math.max(...[...expected.values()].map((posts) => posts.length));
    expect(longest).toBeGreaterThan(2 * POSTS_PER_PAGE);
  });

  test('every post of every file has exactly one anchor, on page ⌈N/50⌉ of its thread', () => {
    const total = [...expected.values()].reduce((sum, posts) => sum + posts.length, 0);
    expect(anchors.length).toBe(total);
    const byThread = Map.groupBy(anchors, (anchor) => anchor.threadDir.split('-')[0]!);
    for (const [file, posts] of expected) {
      const found = byThread.get(idOf.get(file)!) ?? [];
      expect(
        found.map((anchor) => anchor.n).sort((a, b) => a - b),
        file,
      ).toEqual(posts.map((post) => post.n));
      for (const anchor of found) {
        expect(anchor.page, `${file} #p${anchor.n}`).toBe(Math.ceil(anchor.n / POSTS_PER_PAGE));
      }
    }
  });

  test("each post's text is on its page, under its anchor", () => {
    const byKey = new Map(
      anchors.map((anchor) => [`${anchor.threadDir.split('-')[0]}#${anchor.n}`, anchor]),
    );
    let compared = 0;
    for (const [file, posts] of expected) {
      for (const post of posts) {
        const anchor = byKey.get(`${idOf.get(file)}#${post.n}`)!;
        // 'pre': the default mode drops format characters such as U+202E, which the page does show.
        const shown = comparable(toText(anchor.element, { whitespace: 'pre' }));
        expect(shown, `${file} post ${post.n}`).toContain(comparable(post.body));
        compared++;
      }
    }
    expect(compared).toBe(anchors.length);
  });

  test('search indexes exactly the words each thread page shows in its posts', () => {
    expectIndexMatchesPages(archive.out, {
      minimumPages: 301,
      emptyPages: true,
    });
  });
});
