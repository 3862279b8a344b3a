import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AuthorPost,
  AuthorRecord,
  TagRecord,
  ThreadRecord,
  ThreadSummary,
} from '../../../records/types.ts';
import { writeJsonArray } from '../../../records/index.ts';
import { authorBucket } from '../../../../src/utils/url.ts';
import { MinuteCodec } from './minutes.ts';
import { float64List, runsOf, uint32List } from './typed-list.ts';

/**
 * The author and tag lists of an archive (layout in `records/types.ts`), gathered from the thread
 * records as they are written, so the site's author and tag pages never read every thread. Works
 * for any format whose posts carry `authorId` or whose threads carry `tags`. An author's post is
 * four numbers in typed arrays (about 20 bytes, where an object and its date string take about
 * 70): a large site has millions.
 */
export class ArchiveListings {
  readonly #authorOrdinals = new Map<string, number>();
  readonly #authors: { id: string; name: string }[] = [];
  /** Slug and title of each thread with authored posts, by thread ordinal. */
  readonly #threadSlugs: string[] = [];
  readonly #threadTitles: string[] = [];
  readonly #postAuthor = uint32List();
  readonly #postThread = uint32List();
  readonly #postN = uint32List();
  readonly #postDate = float64List();
  readonly #dates = new MinuteCodec();
  readonly #tags = new Map<string, { name: string; threads: ThreadSummary[] }>();

  /** Adds a thread's authored posts, and `summary` (the forum list's entry) to its tags' lists. */
  add(thread: ThreadRecord, summary: ThreadSummary): void {
    let threadOrdinal: number | undefined;
    for (const post of thread.posts) {
      if (post.authorId === undefined || post.author === null) continue;
      let author = this.#authorOrdinals.get(post.authorId);
      if (author === undefined) {
        author = this.#authors.push({ id: post.authorId, name: post.author }) - 1;
        this.#authorOrdinals.set(post.authorId, author);
      }
      if (threadOrdinal === undefined) {
        threadOrdinal = this.#threadSlugs.push(thread.slug) - 1;
        this.#threadTitles.push(thread.title);
      }
      this.#postAuthor.push(author);
      this.#postThread.push(threadOrdinal);
      this.#postN.push(post.n);
      this.#postDate.push(this.#dates.encode(post.date));
    }
    if (!thread.tags?.length) return;
    for (const tag of thread.tags) {
      let entry = this.#tags.get(tag.id);
      if (!entry) this.#tags.set(tag.id, (entry = { name: tag.name, threads: [] }));
      entry.threads.push(summary);
    }
  }

  /** Writes the lists that have entries; an archive without authors or tags gets no files. */
  write(dir: string): void {
    if (this.#authors.length > 0) {
      mkdirSync(join(dir, 'authors'), { recursive: true });
      const authors: AuthorRecord[] = [];
      const postsOf = this.#postsReader();
      for (const [bucket, ordinals] of this.#authorBuckets()) {
        // One file per bucket, not per author: a large site has hundreds of thousands of authors,
        // and creating their files was a quarter of the import's main thread (see README).
        const entries = ordinals.map((a) => {
          const { id, name } = this.#authors[a]!;
          const posts = postsOf(a);
          posts.sort((x, y) => compare(x.date, y.date) || compare(x.threadSlug, y.threadSlug));
          authors.push({ id, name, postCount: posts.length });
          return `${JSON.stringify(id)}:${JSON.stringify(posts)}`;
        });
        writeFileSync(join(dir, 'authors', `${bucket}.json`), `{${entries.join(',')}}`);
      }
      authors.sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
      writeJsonArray(join(dir, 'authors.json'), authors);
    }
    if (this.#tags.size > 0) {
      mkdirSync(join(dir, 'tags'), { recursive: true });
      const tags: TagRecord[] = [];
      for (const [id, { name, threads }] of this.#tags) {
        threads.sort((a, b) => compare(b.lastPostAt, a.lastPostAt) || compare(a.id, b.id));
        writeJsonArray(join(dir, 'tags', `${id}.json`), threads);
        tags.push({ id, name, threadCount: threads.length });
      }
      tags.sort((a, b) => compare(a.name, b.name));
      writeJsonArray(join(dir, 'tags.json'), tags);
    }
  }

  /** Author ordinals by `authorBucket` of their ids, buckets and ids in code-point order. */
  #authorBuckets(): [string, number[]][] {
    const ordinals = this.#authors.map((_, a) => a);
    const buckets = Map.groupBy(ordinals, (a) => authorBucket(this.#authors[a]!.id));
    const byId = (a: number, b: number) => compare(this.#authors[a]!.id, this.#authors[b]!.id);
    return [...buckets]
      .sort(([a], [b]) => compare(a, b))
      .map(([bucket, ordinals]) => [bucket, ordinals.sort(byId)]);
  }

  /** Reads an author's posts (by ordinal) back out of the typed arrays, in the order added. */
  #postsReader(): (author: number) => AuthorPost[] {
    const { starts, order } = runsOf(this.#postAuthor.view(), this.#authors.length);
    const postThread = this.#postThread.view();
    const postN = this.#postN.view();
    const postDate = this.#postDate.view();
    return (author) => {
      const posts: AuthorPost[] = [];
      for (let i = starts[author]!; i < starts[author + 1]!; i++) {
        const post = order[i]!;
        const thread = postThread[post]!;
        posts.push({
          threadSlug: this.#threadSlugs[thread]!,
          title: this.#threadTitles[thread]!,
          n: postN[post]!,
          date: this.#dates.decode(postDate[post]!),
        });
      }
      return posts;
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
