export type * from './types.ts';
export { ArchiveCollector, type CollectedThread, type ThreadDraft } from './lib/collector.ts';
export { forumIdOf, forumSlugOf, threadIdOf, threadSlugOf } from './lib/ids.ts';
export { sha256 } from './lib/hash.ts';
export { slugOf } from './lib/slug.ts';
export { tallyPosts, type PostTally } from './lib/summary.ts';
export { UniqueKeys } from './lib/unique.ts';
export { RecordWriter } from './lib/writer.ts';
export {
  readRecordText,
  readThreadRecord,
  threadPackFile,
  threadPackName,
  ThreadPacks,
} from './lib/thread-packs.ts';
export { writeJsonArray } from './lib/json-array.ts';
