import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import {
  UserTableBuilder,
  userNameIn,
  type UserTable,
} from '../../../scripts/import/lib/stackexchange/user-table.ts';

function tableOf(rows: [string, string][]): UserTable {
  const builder = new UserTableBuilder();
  for (const [id, name] of rows) builder.add(id, name);
  return builder.build();
}

describe('UserTable', () => {
  test('should find each user by Id, whatever order Users.xml lists them in', () => {
    const table = tableOf([
      ['42', 'Zoë Ångström'],
      ['-1', 'Community'],
      ['7', '李小龍'],
      ['100000', 'a'],
    ]);
    expect(userNameIn(table, '42')).toBe('Zoë Ångström');
    expect(userNameIn(table, '-1')).toBe('Community');
    expect(userNameIn(table, '7')).toBe('李小龍');
    expect(userNameIn(table, '100000')).toBe('a');
  });

  test('should find no name for an Id that Users.xml does not have', () => {
    const table = tableOf([['1', 'one']]);
    expect(userNameIn(table, '2')).toBeUndefined();
    expect(userNameIn(table, '0')).toBeUndefined();
    expect(userNameIn(tableOf([]), '1')).toBeUndefined();
  });

  test('should keep the last name of an Id listed twice', () => {
    const table = tableOf([
      ['5', 'first'],
      ['3', 'other'],
      ['5', 'second'],
    ]);
    expect(userNameIn(table, '5')).toBe('second');
    expect(userNameIn(table, '3')).toBe('other');
    expect(table.ids.length).toBe(2);
  });

  test('should match Ids as written: 042 is not 42, and odd Ids keep their names', () => {
    const table = tableOf([
      ['42', 'plain'],
      ['042', 'padded'],
      ['9999999999', 'too large'],
      ['x1', 'not a number'],
    ]);
    expect(userNameIn(table, '42')).toBe('plain');
    expect(userNameIn(table, '042')).toBe('padded');
    expect(userNameIn(table, '9999999999')).toBe('too large');
    expect(userNameIn(table, 'x1')).toBe('not a number');
    expect(userNameIn(table, '+42')).toBeUndefined();
  });

  test('should agree with a Map over thousands of random users', () => {
    const expected = new Map<string, string>();
    const builder = new UserTableBuilder();
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 5000; i++) {
      const id = String(random() % 20000);
      const name = `user ${random().toString(36)} ${'é'.repeat(random() % 3)}`;
      expected.set(id, name);
      builder.add(id, name);
    }
    const table = builder.build();
    for (let id = 0; id < 20000; id++) {
      expect(userNameIn(table, String(id))).toBe(expected.get(String(id)));
    }
  });

  test('should be shared with a worker, not copied', async () => {
    const table = tableOf([['12', 'shared name']]);
    expect(table.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       workerData.bytes[0] = 'S'.charCodeAt(0);
       parentPort.postMessage('done');`,
      { eval: true, workerData: table },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    // The worker wrote into the same memory the table reads.
    expect(userNameIn(table, '12')).toBe('Shared name');
  });
});
