import type { DumpEntry } from '../../../read/walk.ts';
import { serveTasks } from '../worker-pool.ts';
import type { FileBatch } from './batch.ts';

// A worker of the text dump import: reads batches of thread files. The module is loaded inside
// setup so that a loading error reaches the caller instead of leaving it waiting.
void serveTasks<DumpEntry[], FileBatch, null>(async () => {
  const { readFileBatch } = await import('./batch.ts');
  return readFileBatch;
});
