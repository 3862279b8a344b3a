import { describe, expect, test } from 'vitest';
import { RowGroups } from '../../../scripts/import/lib/stackexchange/row-groups.ts';
import { ThreadIndex } from '../../../scripts/import/lib/stackexchange/scan-posts.ts';
import { uint32List } from '../../../scripts/import/lib/stackexchange/typed-list.ts';

function rowsOf(groups: RowGroups, key: number): number[][] {
  const rows: number[][] = [];
  const group = groups.find(key);
  if (group !== undefined) groups.forEachRow(group, (...row) => rows.push(row));
  return rows;
}

describe('TypedList', () => {
  test('should keep every value it grows past its first capacity', () => {
    const list = uint32List();
    for (let i = 0; i < 5000; i++) list.push(i * 3);
    expect(list.length).toBe(5000);
    expect(list.get(4999)).toBe(14997);
    expect([...list.view().subarray(0, 3)]).toEqual([0, 3, 6]);
  });

  test('should fill the entries skipped by a set past its end with zeros', () => {
    const list = uint32List();
    list.set(2000, 7);
    expect(list.length).toBe(2001);
    expect(list.get(1999)).toBe(0);
    expect(list.get(2000)).toBe(7);
    expect(list.get(5000)).toBe(0);
  });
});

describe('RowGroups', () => {
  test('should number groups in the order their keys are first claimed', () => {
    const groups = new RowGroups();
    expect(groups.claim(90)).toBe(0);
    expect(groups.claim(5)).toBe(1);
    expect(groups.claim(90)).toBe(0);
    expect(groups.keyOf(1)).toBe(5);
    expect(groups.size).toBe(2);
    expect(groups.find(6)).toBeUndefined();
  });

  test('should hand back each group its rows in the order they were added', () => {
    const groups = new RowGroups();
    groups.add(groups.claim(2), 0, 10, 21);
    groups.add(groups.claim(1), 10, 20, 11);
    groups.add(groups.claim(2), 30, 5, 22);
    expect(rowsOf(groups, 2)).toEqual([
      [0, 10, 21],
      [30, 5, 22],
    ]);
    expect(rowsOf(groups, 1)).toEqual([[10, 20, 11]]);
    groups.add(groups.claim(1), 35, 1);
    expect(groups.rowCount(groups.find(1)!)).toBe(2);
  });

  test('should agree with a Map of arrays over many random rows', () => {
    const groups = new RowGroups();
    const expected = new Map<number, number[][]>();
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let row = 0; row < 20_000; row++) {
      const key = random(3000);
      const offset = 5_000_000_000 + row * 100; // beyond 32 bits, as in a large Posts.xml
      groups.add(groups.claim(key), offset, random(1000) + 1, row);
      expected.set(key, [...(expected.get(key) ?? []), [offset, 0, row]]);
    }
    for (const [key, rows] of expected) {
      expect(rowsOf(groups, key).map(([offset, , tag]) => [offset, 0, tag])).toEqual(rows);
    }
  });
});

describe('ThreadIndex', () => {
  test('should put a question before answers that came before it in the file', () => {
    const index = new ThreadIndex();
    index.addAnswer(10, 12, 0, 50);
    expect(index.addQuestion(10, 50, 80)).toBe(true);
    index.addAnswer(10, 11, 130, 40);
    expect([...index]).toEqual([
      { id: 10, question: [50, 80], answers: [0, 50, 130, 40], answerIds: [12, 11] },
    ]);
  });

  test('should keep the first of two questions with one Id', () => {
    const index = new ThreadIndex();
    expect(index.addQuestion(3, 0, 10)).toBe(true);
    expect(index.addQuestion(3, 10, 20)).toBe(false);
    expect([...index].map((thread) => thread.question)).toEqual([[0, 10]]);
    expect(index.size).toBe(1);
  });

  test('should count answers to a missing question as orphans and list no thread for them', () => {
    const index = new ThreadIndex();
    index.addAnswer(99, 1, 0, 10);
    index.addAnswer(99, 2, 10, 10);
    index.addQuestion(5, 20, 10);
    expect(index.orphanAnswers()).toBe(2);
    expect([...index].map((thread) => thread.id)).toEqual([5]);
  });
});
