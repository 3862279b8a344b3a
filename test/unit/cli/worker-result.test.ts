import { describe, expect, test } from 'vitest';
import { workerResult } from '../../../scripts/utils/worker-result.ts';

const script = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);

describe('workerResult', () => {
  test('should resolve with the one message the worker posts', async () => {
    const entry = script(
      "import { parentPort, workerData } from 'node:worker_threads'; parentPort.postMessage(workerData * 2);",
    );
    await expect(workerResult(entry, 21, 'a doubling worker')).resolves.toBe(42);
  });

  test('should reject with what the worker threw', async () => {
    const entry = script("throw new Error('no room');");
    await expect(workerResult(entry, null, 'a failing worker')).rejects.toThrow('no room');
  });

  test('should reject, naming the worker, when it exits without answering', async () => {
    const entry = script('process.exit(0);');
    await expect(workerResult(entry, null, 'a silent worker')).rejects.toThrow(
      'a silent worker exited (code 0) unanswered',
    );
  });
});
