// `npm run bench:search -- --threads 1000 --seed 1`: search quality and cost on a generated dump.
// Builds the dump with the real CLI, asks Pagefind (in Node, files read from disk) for a
// distinctive phrase of 200 random posts, and reports post-level recall, bytes and time.
import { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng, writeDump } from '../generate/index.ts';
import type { ForumRecord, ThreadRecord, ThreadSummary } from '../records/types.ts';
import { formatBytes } from '../utils/format.ts';
import { pageOfPost } from '../../src/utils/paginate.ts';
import { pageHit } from '../../src/utils/search-results.ts';
import { threadPath } from '../../src/utils/url.ts';
import { installFileFetch, openPagefind, takeBytes } from './lib/pagefind-node.ts';
import { countWords, pickPhrase } from './lib/phrases.ts';
import { quantile } from './lib/stats.ts';
import { table } from './lib/table.ts';

const program = new Command('bench:search')
  .description('Post-level recall, bytes and time of search on a generated dump.')
  .option('--threads <n>', 'threads in the generated dump', '1000')
  .option('--seed <seed>', 'generator and sampling seed', '1')
  .option('--samples <n>', 'posts to look for', '200')
  .option(
    '--distinct <n>',
    'a phrase is distinctive when one of its words occurs at most this often in the archive',
    '20',
  )
  .option('--shard-posts <n>', 'passed to `forum-archive build` (search index shards)')
  .option(
    '--work <dir>',
    'where the dump is cached and the site built',
    join(tmpdir(), 'forum-archive-bench-search'),
  )
  .option('--reuse', 'search the site already built in --work instead of rebuilding it')
  .option('--json <file>', 'also write the results as JSON')
  .parse();
const options = program.opts<{
  threads: string;
  seed: string;
  samples: string;
  distinct: string;
  shardPosts?: string;
  work: string;
  reuse?: boolean;
  json?: string;
}>();

/** Results of the first page hits a reader sees (the search page shows 10 per batch). */
const SHOWN = 10;
const cli = fileURLToPath(new URL('../forum-archive.js', import.meta.url));
const dump = join(options.work, `dump-${options.threads}-${options.seed}`);
const site = join(options.work, 'site');
const records = join(options.work, 'records');

if (!existsSync(dump)) {
  await writeDump({ out: dump, threads: Number(options.threads), seed: options.seed, workers: 2 });
}
if (!options.reuse || !existsSync(site)) {
  rmSync(site, { recursive: true, force: true });
  const shard = options.shardPosts ? ['--shard-posts', options.shardPosts] : [];
  const args = [cli, 'build', dump, '--out', site, '--records', records, ...shard];
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`forum-archive build failed (exit ${run.status})`);
}

// Every thread, then posts drawn uniformly from all of them.
const threads: ThreadRecord[] = [];
for (const forum of JSON.parse(
  readFileSync(join(records, 'forums.json'), 'utf8'),
) as ForumRecord[]) {
  const list = JSON.parse(readFileSync(join(records, 'forums', `${forum.id}.json`), 'utf8'));
  for (const summary of list as ThreadSummary[]) {
    threads.push(JSON.parse(readFileSync(join(records, 'threads', `${summary.id}.json`), 'utf8')));
  }
}
const counts = countWords(threads.flatMap((thread) => thread.posts.map((post) => post.body)));
const allPosts = threads.flatMap((thread) => thread.posts.map((post) => ({ thread, post })));
const rng = createRng('bench:search', options.seed);
const queries: { query: string; target: string }[] = [];
// Posts with nothing distinctive to say ("thanks, that solved it") are drawn again, and counted.
let plain = 0;
for (
  let tries = 0;
  queries.length < Number(options.samples) && tries < 100 * allPosts.length;
  tries++
) {
  const { thread, post } = rng.pick(allPosts);
  const phrase = pickPhrase(post.body, counts, rng);
  if (!phrase || phrase.rarest > Number(options.distinct)) {
    plain++;
    continue;
  }
  const query = phrase.text;
  const page = pageOfPost(post.n);
  queries.push({ query, target: `/${threadPath(thread.slug, page)}#p${post.n}` });
}

// Bundle folders as the CLI writes them: `pagefind/`, `pagefind-1/`, … (empty ones skipped).
const bundles = readdirSync(site)
  .filter((name) => /^pagefind(-\d+)?$/.test(name))
  .sort((a, b) => Number(a.split('-')[1] ?? 0) - Number(b.split('-')[1] ?? 0))
  .filter((name) => {
    const entry = JSON.parse(readFileSync(join(site, name, 'pagefind-entry.json'), 'utf8'));
    if (Object.keys(entry.languages).length > 0) return true;
    console.warn(`warning: bundle ${name}/ indexes no pages; skipped`);
    return false;
  })
  .map((name) => `${name}/`);

installFileFetch();

/** Runs one query as the search page does; the post URLs in the order a reader sees them. */
async function ask(pagefind: Awaited<ReturnType<typeof openPagefind>>, query: string) {
  const started = performance.now();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
  const ms = performance.now() - started;
  const urls = data.flatMap((item) => {
    const hit = pageHit(item);
    return hit.posts.length > 0 ? hit.posts.map((post) => post.url) : [hit.url];
  });
  return { urls, ms };
}

const rows: {
  hit1: boolean;
  hit5: boolean;
  firstBytes: number;
  firstMs: number;
  nextBytes: number;
  nextMs: number;
}[] = [];
const misses: { query: string; target: string; rank: number; top: string[] }[] = [];
for (const [i, { query, target }] of queries.entries()) {
  takeBytes();
  const started = performance.now();
  const pagefind = await openPagefind(site, bundles);
  const first = await ask(pagefind, query);
  const firstMs = performance.now() - started;
  const firstBytes = takeBytes();
  const next = await ask(pagefind, queries[(i + 1) % queries.length]!.query);
  const nextBytes = takeBytes();
  await pagefind.destroy();
  const rank = first.urls.indexOf(target);
  if (rank < 0 || rank >= 5) misses.push({ query, target, rank, top: first.urls.slice(0, 5) });
  rows.push({
    hit1: rank === 0,
    hit5: rank >= 0 && rank < 5,
    firstBytes,
    firstMs,
    nextBytes,
    nextMs: next.ms,
  });
}

const share = (flag: 'hit1' | 'hit5') => rows.filter((row) => row[flag]).length / rows.length;
const column = (key: 'firstBytes' | 'firstMs' | 'nextBytes' | 'nextMs') =>
  rows.map((row) => row[key]);
const result = {
  threads: threads.length,
  posts: allPosts.length,
  bundles: bundles.length,
  samples: rows.length,
  /** Posts drawn but skipped: fewer than 3 own words, or no word rarer than `--distinct`. */
  skippedPlainPosts: plain,
  recallAt1: share('hit1'),
  recallAt5: share('hit5'),
  firstQueryBytes: {
    median: quantile(column('firstBytes'), 0.5),
    p95: quantile(column('firstBytes'), 0.95),
  },
  furtherQueryBytes: {
    median: quantile(column('nextBytes'), 0.5),
    p95: quantile(column('nextBytes'), 0.95),
  },
  firstQueryMs: {
    median: quantile(column('firstMs'), 0.5),
    p95: quantile(column('firstMs'), 0.95),
  },
  queryMs: { median: quantile(column('nextMs'), 0.5), p95: quantile(column('nextMs'), 0.95) },
  examples: queries.slice(0, 5),
  /** Queries whose post was not among the first 5: to see why. */
  misses,
};

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `\n${result.threads} threads, ${result.posts} posts, ${result.bundles} bundle(s), ${result.samples} queries (${plain} plain posts skipped)\n`,
);
console.log(
  table(
    ['measure', 'median', 'p95'],
    [
      ['recall@1 (post)', percent(result.recallAt1), ''],
      ['recall@5 (post)', percent(result.recallAt5), ''],
      [
        'first query bytes',
        formatBytes(result.firstQueryBytes.median),
        formatBytes(result.firstQueryBytes.p95),
      ],
      [
        'further query bytes',
        formatBytes(result.furtherQueryBytes.median),
        formatBytes(result.furtherQueryBytes.p95),
      ],
      [
        'first query time (incl. load)',
        ms(result.firstQueryMs.median),
        ms(result.firstQueryMs.p95),
      ],
      ['query time (warm)', ms(result.queryMs.median), ms(result.queryMs.p95)],
    ],
  ),
);
if (options.json) writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
