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
import { listThreads, readThread } from '../search/lib/read-records.ts';
import { formatBytes } from '../utils/format.ts';
import { pageOfPost } from '../../src/utils/paginate.ts';
import { pageHit } from '../../src/utils/search-results.ts';
import { threadPath } from '../../src/utils/url.ts';
import {
  PAGEFIND_OPTIONS,
  RESULTS_PER_BATCH,
  searchPagefind,
} from '../../src/scripts/search-pagefind.ts';
import { pagefindSearchOptions, readSearchState } from '../../src/utils/search-state.ts';
import type { BytesByKind, FileKind } from './lib/file-kinds.ts';
import { FILE_KINDS, totalBytes } from './lib/file-kinds.ts';
import type { NodePagefind } from './lib/pagefind-node.ts';
import { installFileFetch, openPagefind, siteRoot, takeBytes } from './lib/pagefind-node.ts';
import type { PhraseStyle } from './lib/phrases.ts';
import { countWords, ownTexts, phraseCount, pickPhrase } from './lib/phrases.ts';
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
  .option(
    '--phrases <style>',
    'how phrases are cut: `words` (split at punctuation) or `written` (as a reader copies them)',
    'words',
  )
  .option('--shard-posts <n>', 'passed to `forum-archive build` (search index shards)')
  .option(
    '--work <dir>',
    'where the dump is cached and the site built',
    join(tmpdir(), 'forum-archive-bench-search'),
  )
  .option('--skip-cjk', 'draw again for phrases with CJK words (to measure the others alone)')
  .option('--reuse', 'search the site already built in --work instead of rebuilding it')
  .option('--site <dir>', 'search this built site (with --records) instead of building one')
  .option('--records <dir>', 'the records the site given by --site was built from')
  .option('--json <file>', 'also write the results as JSON')
  .parse();
const options = program.opts<{
  threads: string;
  seed: string;
  samples: string;
  distinct: string;
  phrases: string;
  shardPosts?: string;
  work: string;
  reuse?: boolean;
  site?: string;
  records?: string;
  skipCjk?: boolean;
  json?: string;
}>();

const cli = fileURLToPath(new URL('../forum-archive.js', import.meta.url));
const dump = join(options.work, `dump-${options.threads}-${options.seed}`);
const site = options.site ?? join(options.work, 'site');
const records = options.records ?? join(options.work, 'records');
if (options.site && !options.records) throw new Error('--site needs --records');

if (!options.site && (!options.reuse || !existsSync(site))) {
  if (!existsSync(dump)) {
    await writeDump({
      out: dump,
      threads: Number(options.threads),
      seed: options.seed,
      workers: 2,
    });
  }
  rmSync(site, { recursive: true, force: true });
  const shard = options.shardPosts ? ['--shard-posts', options.shardPosts] : [];
  const args = [cli, 'build', dump, '--out', site, '--records', records, ...shard];
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`forum-archive build failed (exit ${run.status})`);
}

// Every thread, then posts drawn uniformly from all of them.
const threads = listThreads(records).map((entry) => readThread(records, entry));
if (options.phrases !== 'words' && options.phrases !== 'written') {
  throw new Error(`--phrases: expected words or written, got ${options.phrases}`);
}
const style: PhraseStyle = options.phrases;
const bodies = threads.flatMap((thread) => thread.posts.map((post) => post.body));
// Each body parsed once: its own words serve both the rarity counts and the phrase check.
const texts = ownTexts(bodies, style);
const counts = countWords(texts);
const allPosts = threads.flatMap((thread) => thread.posts.map((post) => ({ thread, post })));
/**
 * Han, kana and Hangul: Pagefind (English rules) splits words at spaces only, so a run of these
 * scripts is one word, found by its start only (see the README's limits).
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const rng = createRng('bench:search', options.seed);
const queries: { query: string; target: string }[] = [];
// Posts with nothing distinctive to say ("thanks, that solved it") are drawn again, and counted.
let plain = 0;
let skippedCjk = 0;
// A phrase several posts say word for word ("post 116 above") has no one right answer.
let shared = 0;
for (
  let tries = 0;
  queries.length < Number(options.samples) && tries < 100 * allPosts.length;
  tries++
) {
  const { thread, post } = rng.pick(allPosts);
  const phrase = pickPhrase(post.body, counts, rng, style);
  if (!phrase || phrase.rarest > Number(options.distinct)) {
    plain++;
    continue;
  }
  const query = phrase.text;
  if (phraseCount(texts, query) > 1) {
    shared++;
    continue;
  }
  if (options.skipCjk && CJK.test(query)) {
    skippedCjk++;
    continue;
  }
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
const root = siteRoot(site);
/** The search page's options for a plain query: no facet selected, sorted by relevance. */
const searchOptions = (query: string) =>
  pagefindSearchOptions(readSearchState(new URLSearchParams({ q: query })));
/** A result URL as the site links it, without the folder the site was read from. */
const sitePath = (url: string) =>
  url.startsWith(root.pathname) ? `/${url.slice(root.pathname.length)}` : url;

/** Runs one query as the search page does; the post URLs in the order a reader sees them. */
async function ask(pagefind: NodePagefind, query: string) {
  const started = performance.now();
  const search = await searchPagefind(pagefind, query, searchOptions(query));
  const shown = search.results.slice(0, RESULTS_PER_BATCH);
  const data = await Promise.all(shown.map((result) => result.data()));
  const ms = performance.now() - started;
  const urls = data.flatMap((item) => {
    const hit = pageHit(item);
    return (hit.posts.length > 0 ? hit.posts.map((post) => post.url) : [hit.url]).map(sitePath);
  });
  return { urls, ms, pages: search.results.length };
}

/**
 * Where the target of a missed query is: the rank of its page among Pagefind's results (first
 * `depth` looked at; -1 when not there), the rank of its post among that page's matching posts
 * (-1 when the page matched but not the post), and how many posts that page matched.
 */
async function locate(pagefind: NodePagefind, query: string, target: string, depth = 50) {
  const search = await searchPagefind(pagefind, query, searchOptions(query));
  const page = target.replace(/#.*$/, '');
  const data = await Promise.all(search.results.slice(0, depth).map((result) => result.data()));
  const pageRank = data.findIndex((item) => sitePath(pageHit(item).url) === page);
  const posts = pageRank < 0 ? [] : pageHit(data[pageRank]!).posts.map((p) => sitePath(p.url));
  return { pageRank, postRank: posts.indexOf(target), pagePosts: posts.length };
}

interface Row {
  cjk: boolean;
  hit1: boolean;
  hit5: boolean;
  first: BytesByKind;
  facets: BytesByKind;
  firstMs: number;
  next: BytesByKind;
  nextMs: number;
}
const rows: Row[] = [];
const misses: {
  query: string;
  target: string;
  rank: number;
  top: string[];
  pages: number;
  pageRank: number;
  postRank: number;
  pagePosts: number;
}[] = [];
for (const [i, { query, target }] of queries.entries()) {
  takeBytes();
  const started = performance.now();
  const pagefind = await openPagefind(root, bundles);
  const first = await ask(pagefind, query);
  const firstMs = performance.now() - started;
  const firstBytes = takeBytes();
  // The page loads the filter indexes for the facet counts once the first results are shown.
  await pagefind.filters();
  const facets = takeBytes();
  const next = await ask(pagefind, queries[(i + 1) % queries.length]!.query);
  const nextBytes = takeBytes();
  const rank = first.urls.indexOf(target);
  if (rank < 0 || rank >= 5) {
    const where = await locate(pagefind, query, target);
    takeBytes();
    misses.push({ query, target, rank, top: first.urls.slice(0, 5), pages: first.pages, ...where });
  }
  await pagefind.destroy();
  rows.push({
    cjk: CJK.test(query),
    hit1: rank === 0,
    hit5: rank >= 0 && rank < 5,
    first: firstBytes,
    facets,
    firstMs,
    next: nextBytes,
    nextMs: next.ms,
  });
}

const share = (flag: 'hit1' | 'hit5', of = rows) =>
  of.filter((row) => row[flag]).length / of.length;
const cjkRows = rows.filter((row) => row.cjk);
const latinRows = rows.filter((row) => !row.cjk);
const spread = (values: number[]) => ({
  median: quantile(values, 0.5),
  p95: quantile(values, 0.95),
});
const bytes = (key: 'first' | 'facets' | 'next') => ({
  ...spread(rows.map((row) => totalBytes(row[key]))),
  byKind: Object.fromEntries(
    FILE_KINDS.map((kind) => [kind, spread(rows.map((row) => row[key][kind]))]),
  ) as Record<FileKind, { median: number; p95: number }>,
});
const result = {
  threads: threads.length,
  posts: allPosts.length,
  bundles: bundles.length,
  samples: rows.length,
  /** Posts drawn but skipped: fewer than 3 own words, or no word rarer than `--distinct`. */
  skippedPlainPosts: plain,
  skippedSharedPhrases: shared,
  phrases: style,
  /** Phrases with CJK words drawn again (`--skip-cjk`). */
  skippedCjkPhrases: skippedCjk,
  /** Pagefind options the search page sets (see `src/scripts/search-pagefind.ts`). */
  options: PAGEFIND_OPTIONS,
  recallAt1: share('hit1'),
  recallAt5: share('hit5'),
  /** Queries with CJK words, and recall on them and on the others. */
  cjkQueries: cjkRows.length,
  recallAt5Cjk: share('hit5', cjkRows),
  recallAt5Latin: share('hit5', latinRows),
  /** Until the first results are shown: script, wasm, entry, meta, index chunks, fragments. */
  firstQueryBytes: bytes('first'),
  /** The filter indexes for the facet counts, loaded after the first results are shown. */
  facetBytes: bytes('facets'),
  furtherQueryBytes: bytes('next'),
  firstQueryMs: spread(rows.map((row) => row.firstMs)),
  queryMs: spread(rows.map((row) => row.nextMs)),
  examples: queries.slice(0, 5),
  /** Queries whose post was not among the first 5: to see why (see `locate`). */
  misses,
};

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** A table row of a measure's median and p95, each formatted. */
const spreadRow = (
  label: string,
  { median, p95 }: { median: number; p95: number },
  format: (value: number) => string,
) => [label, format(median), format(p95)];
console.log(
  `\n${result.threads} threads, ${result.posts} posts, ${result.bundles} bundle(s), ${result.samples} queries (${plain} plain posts and ${shared} phrases other posts say too skipped${skippedCjk > 0 ? `, ${skippedCjk} CJK phrases skipped` : ''})\n`,
);
console.log(
  table(
    ['measure', 'median', 'p95'],
    [
      ['recall@1 (post)', percent(result.recallAt1), ''],
      ['recall@5 (post)', percent(result.recallAt5), ''],
      [`  queries with CJK words (${cjkRows.length})`, percent(result.recallAt5Cjk), ''],
      [`  other queries (${latinRows.length})`, percent(result.recallAt5Latin), ''],
      spreadRow('first query bytes', result.firstQueryBytes, formatBytes),
      spreadRow('facet counts bytes (after results)', result.facetBytes, formatBytes),
      spreadRow('further query bytes', result.furtherQueryBytes, formatBytes),
      spreadRow('first query time (incl. load)', result.firstQueryMs, ms),
      spreadRow('query time (warm)', result.queryMs, ms),
    ],
  ),
);
console.log(
  `\n${table(
    ['bytes by kind of file', 'first median', 'first p95', 'facets median', 'further median'],
    FILE_KINDS.map((kind) => [
      kind,
      formatBytes(result.firstQueryBytes.byKind[kind].median),
      formatBytes(result.firstQueryBytes.byKind[kind].p95),
      formatBytes(result.facetBytes.byKind[kind].median),
      formatBytes(result.furtherQueryBytes.byKind[kind].median),
    ]),
  )}`,
);
if (options.json) writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
