export { indexSite, type SearchIndexOptions, type SearchIndexSummary } from './index-site.ts';
export { bundlePath, groupByFolder, shardCount, splitBySize, type PageFile } from './lib/shards.ts';
