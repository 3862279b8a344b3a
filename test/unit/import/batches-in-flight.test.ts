import { describe, expect, test } from 'vitest';
import { batchesInFlight } from '../../../scripts/import/lib/text/read-files.ts';

const MB = 1 << 20;

describe('batchesInFlight', () => {
  test('should hand each worker two batches until one has come back', () => {
    expect(batchesInFlight(2, 0, 0)).toBe(4);
    expect(batchesInFlight(3, 0, 0)).toBe(6);
  });

  test('should keep sixteen batches a worker in flight when batches are small', () => {
    // L's batches: ~32 threads of ~11 kB each, in buffers of 1 MB.
    expect(batchesInFlight(2, 100, 100 * MB)).toBe(32);
    expect(batchesInFlight(2, 10, 2 * MB)).toBe(32);
  });

  test('should keep fewer in flight as batches grow, so their buffers stay near 64 MB', () => {
    expect(batchesInFlight(2, 10, 10 * 8 * MB)).toBe(8);
    expect(batchesInFlight(2, 10, 10 * 4 * MB)).toBe(16);
    expect(batchesInFlight(4, 10, 10 * 4 * MB)).toBe(16);
  });

  test('should never keep fewer than two batches a worker, however large they are', () => {
    expect(batchesInFlight(2, 3, 3 * 64 * MB)).toBe(4);
    expect(batchesInFlight(2, 1, 2048 * MB)).toBe(4);
  });
});
