import type { DumpEntry } from '../../../read/walk.ts';
import { serveTasks } from '../worker-pool.ts';
import type { FileBatch } from './batch.ts';

// A worker of the text dump import: reads batches of thread files. The module is loaded inside
// setup so that a loading error reaches the caller instead of leaving it waiting. A batch's posts
// bytes are its own copy (`readFileBatch`), so they move to the caller rather than being copied
// twice more (into the message, then out of it).
void serveTasks<DumpEntry[], FileBatch, null>(
  async () => {
    const { readFileBatch } = await import('./batch.ts');
    return readFileBatch;
  },
  (batch) => [batch.posts.buffer as ArrayBuffer],
);
