import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AuthorPost,
  AuthorRecord,
  TagRecord,
  ThreadRecord,
  ThreadSummary,
} from '../../../records/types.ts';

/**
 * The author and tag lists of an archive (layout in `records/types.ts`), gathered from the thread
 * records as they are written, so the site's author and tag pages never read every thread. Works
 * for any format whose posts carry `authorId` or whose threads carry `tags`. Keeps one small
 * reference per post in memory.
 */
export class ArchiveListings {
  readonly #authors = new Map<string, { name: string; posts: AuthorPost[] }>();
  readonly #tags = new Map<string, { name: string; threads: ThreadSummary[] }>();

  add(thread: ThreadRecord): void {
    for (const post of thread.posts) {
      if (post.authorId === undefined || post.author === null) continue;
      let author = this.#authors.get(post.authorId);
      if (!author) this.#authors.set(post.authorId, (author = { name: post.author, posts: [] }));
      author.posts.push({
        threadSlug: thread.slug,
        title: thread.title,
        n: post.n,
        date: post.date,
      });
    }
    if (!thread.tags?.length) return;
    const summary = summarize(thread);
    for (const tag of thread.tags) {
      let entry = this.#tags.get(tag.id);
      if (!entry) this.#tags.set(tag.id, (entry = { name: tag.name, threads: [] }));
      entry.threads.push(summary);
    }
  }

  /** Writes the lists that have entries; an archive without authors or tags gets no files. */
  write(dir: string): void {
    if (this.#authors.size > 0) {
      mkdirSync(join(dir, 'authors'), { recursive: true });
      const authors: AuthorRecord[] = [];
      for (const [id, { name, posts }] of this.#authors) {
        posts.sort((a, b) => compare(a.date, b.date) || compare(a.threadSlug, b.threadSlug));
        writeFileSync(join(dir, 'authors', `${id}.json`), JSON.stringify(posts));
        authors.push({ id, name, postCount: posts.length });
      }
      authors.sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
      writeFileSync(join(dir, 'authors.json'), JSON.stringify(authors));
    }
    if (this.#tags.size > 0) {
      mkdirSync(join(dir, 'tags'), { recursive: true });
      const tags: TagRecord[] = [];
      for (const [id, { name, threads }] of this.#tags) {
        threads.sort((a, b) => compare(b.lastPostAt, a.lastPostAt) || compare(a.id, b.id));
        writeFileSync(join(dir, 'tags', `${id}.json`), JSON.stringify(threads));
        tags.push({ id, name, threadCount: threads.length });
      }
      tags.sort((a, b) => compare(a.name, b.name));
      writeFileSync(join(dir, 'tags.json'), JSON.stringify(tags));
    }
  }
}

function summarize(thread: ThreadRecord): ThreadSummary {
  const dates = thread.posts.map((post) => post.date).sort(compare);
  return {
    id: thread.id,
    slug: thread.slug,
    title: thread.title,
    postCount: thread.posts.length,
    firstPostAt: dates[0] ?? '',
    lastPostAt: dates.at(-1) ?? '',
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
