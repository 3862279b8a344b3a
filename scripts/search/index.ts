export {
  indexRecords,
  type Indexer,
  type SearchIndexOptions,
  type SearchIndexSummary,
} from './index-records.ts';
export { threadIndexDocuments, type IndexDocument } from './lib/index-document.ts';
export { bundlePath, shardCount, splitByWeight } from './lib/shards.ts';
