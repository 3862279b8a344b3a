import { serveTasks } from '../worker-pool.ts';
import type { FileBatch, FileTask } from './batch.ts';

// A worker of the text dump import: reads batches of thread files. The module is loaded inside
// setup so that a loading error reaches the caller instead of leaving it waiting. A batch's posts
// bytes are in a buffer of their own (`readFileBatch`), so they move to the caller rather than
// being copied twice more (into the message, then out of it), and come back as a task's spare.
void serveTasks<FileTask, FileBatch, null>(
  async () => {
    const { readFileBatch } = await import('./batch.ts');
    return readFileBatch;
  },
  (batch) => [batch.posts.buffer as ArrayBuffer],
);
