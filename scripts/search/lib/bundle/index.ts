export { preparePagefindRuntime, FORMAT_VERSION } from './runtime.ts';
export { runShard } from './run-shard.ts';
export { writeShard, type ShardJob } from './write-shard.ts';
