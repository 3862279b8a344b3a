import { closeSync, openSync } from 'node:fs';
import type { BatchContext, BatchInput, ThreadTask } from './batch.ts';
import type { PackedBatch } from './pack.ts';
import { serveTasks } from '../worker-pool.ts';

// A worker of the Stack Exchange import: maps batches of threads (parse, sanitize, serialize the
// posts) with its own file descriptors. The modules are loaded inside setup so a loading error reaches the caller.
void serveTasks<ThreadTask[], PackedBatch, BatchInput>(async (input) => {
  const { mapThreadBatch } = await import('./batch.ts');
  const { packBatch } = await import('./pack.ts');
  const { userNameLookup } = await import('./user-table.ts');
  const userName = userNameLookup(input.users);
  // Opened per batch (a few hundred KB of rows): nothing stays open when the pool is ended.
  return (tasks) => {
    const postsFd = openSync(input.postsPath, 'r');
    const commentsFd =
      input.commentsPath === undefined ? undefined : openSync(input.commentsPath, 'r');
    try {
      const context: BatchContext = {
        postsFd,
        commentsFd,
        forum: input.forum,
        sha256: input.sha256,
        userName,
      };
      return packBatch(mapThreadBatch(tasks, context));
    } finally {
      closeSync(postsFd);
      if (commentsFd !== undefined) closeSync(commentsFd);
    }
  };
});
