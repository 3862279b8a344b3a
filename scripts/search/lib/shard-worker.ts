/**
 * Indexes one shard in its own process, so each shard's Pagefind service has its own memory and
 * two shards can use both cores. Reads its job from a JSON file named by argv[2].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export interface ShardJob {
  siteDir: string;
  /** Site-relative HTML paths to index. */
  pages: string[];
  outputDir: string;
  maxFragments?: number;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ShardJob;
try {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    ...(job.maxFragments ? { maxFragments: job.maxFragments } : {}),
  });
  if (!index) throw new Error(errors.join('; '));
  let indexed = 0;
  for (const path of job.pages) {
    const content = readFileSync(join(job.siteDir, path), 'utf8');
    // Pages without an indexed region (lists, search, 404) would be skipped by Pagefind anyway.
    if (!content.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ sourcePath: path, content });
    if (added.errors.length) throw new Error(`${path}: ${added.errors.join('; ')}`);
    indexed++;
  }
  const written = await index.writeFiles({ outputPath: job.outputDir });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  writeFileSync(`${process.argv[2]}.done`, JSON.stringify({ indexed }));
} catch (error) {
  process.stderr.write(`search index shard failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
