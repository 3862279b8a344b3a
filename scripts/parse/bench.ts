/**
 * Micro-benchmark of the parser: `node --expose-gc scripts/parse/bench.ts [megabytes]`. Builds a synthetic
 * dump in memory (no I/O), once as one huge thread and once as many small ones, and prints MB/s.
 */
import { formatThreadFile, parseThreadFile } from './index.ts';

const megabytes = Number(process.argv[2] ?? 200);
const words = ['comrade', 'archive', 'Stalin', 'résumé', 'Привет', '日本語', 'post', 'history'];

function body(seed: number): string {
  const lines: string[] = [];
  for (let line = 0; line < 1 + (seed % 6); line++) {
    const parts: string[] = [];
    for (let word = 0; word < 8 + ((seed * 7 + line) % 20); word++) {
      parts.push(words[(seed + word * 3 + line) % words.length] ?? '');
    }
    lines.push(parts.join(' ') + (seed % 10 === 0 ? '  ' : ''));
    if (line % 4 === 1) lines.push('');
  }
  return lines.join('\n');
}

function thread(posts: number, offset: number): Uint8Array {
  const list = Array.from({ length: posts }, (_, index) => ({
    date: `2015-04-${String(1 + ((index + offset) % 28)).padStart(2, '0')}T14:58`,
    body: body(index + offset),
  }));
  return new TextEncoder().encode(
    formatThreadFile({ forum: 'Forum', title: 'Title', posts: list }),
  );
}

function measure(label: string, files: Uint8Array[]): void {
  const bytes = files.reduce((sum, file) => sum + file.length, 0);
  let posts = 0;
  let seconds = Infinity;
  // Best of five: the machine may be busy with other work.
  for (let round = 0; round < 5; round++) {
    gc?.(); // keep the garbage of earlier rounds out of the timing (run with --expose-gc)
    const started = performance.now();
    posts = 0;
    for (const file of files) {
      const result = parseThreadFile(file);
      if (!result.ok) throw new Error(result.issue.message);
      posts += result.thread.posts.length;
    }
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  const rate = (bytes / 1e6 / seconds).toFixed(0);
  console.log(`${label}: ${(bytes / 1e6).toFixed(0)} MB, ${posts} posts, ${rate} MB/s`);
}

const gc = (globalThis as { gc?: () => void }).gc;
const postsPerMegabyte = (1e6 / thread(1000, 0).length) * 1000;
const totalPosts = Math.round(megabytes * postsPerMegabyte);
measure('one thread', [thread(totalPosts, 0)]);
const small: Uint8Array[] = [];
for (let offset = 0; offset < totalPosts; offset += 20) small.push(thread(20, offset));
measure('20-post threads', small);
