import { describe, expect, test } from 'vitest';
import {
  forumIdOf,
  forumSlugOf,
  sha256,
  threadIdOf,
  threadSlugOf,
  UniqueKeys,
} from '../../../scripts/records/index.ts';

describe('threadIdOf', () => {
  test('should take the 16 hex digits of a NNN_<hex>.txt file name, lower-cased', () => {
    expect(threadIdOf('000_DCD7BB5245801141.txt', sha256('x'))).toBe('dcd7bb5245801141');
  });

  test('should fall back to the content hash when the name has no 16-hex part', () => {
    const hash = sha256('some thread');
    expect(threadIdOf('thread.txt', hash)).toBe(hash.slice(0, 16));
    expect(threadIdOf('000_abc.txt', hash)).toBe(hash.slice(0, 16));
  });
});

describe('forum ids and slugs', () => {
  test('should give names that differ only in case different ids and slugs', () => {
    const a = forumIdOf('C++ Help');
    const b = forumIdOf('c++ help');
    expect(a).not.toBe(b);
    expect(forumSlugOf('C++ Help', a).toLowerCase()).not.toBe(
      forumSlugOf('c++ help', b).toLowerCase(),
    );
  });

  test('should make ASCII, lower-case slugs even from CJK or punctuation-only names', () => {
    for (const name of ['日本語の掲示板', '!!!', '../../etc', 'CON', 'a/b']) {
      const slug = forumSlugOf(name, forumIdOf(name));
      expect(slug).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('threadSlugOf', () => {
  test('should start with the id and stay within one short, safe path segment', () => {
    const slug = threadSlugOf('0123456789abcdef', `${'Very long title '.repeat(40)}!`);
    expect(slug.startsWith('0123456789abcdef-very-long-title')).toBe(true);
    expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(255);
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  test('should be just the id when the title slugifies to nothing', () => {
    expect(threadSlugOf('0123456789abcdef', '?!…')).toBe('0123456789abcdef');
  });
});

describe('UniqueKeys', () => {
  test('should suffix keys already taken, comparing case-insensitively', () => {
    const keys = new UniqueKeys();
    expect(keys.claim('abc')).toBe('abc');
    expect(keys.claim('ABC')).toBe('ABC-2');
    expect(keys.claim('abc')).toBe('abc-3');
  });
});
