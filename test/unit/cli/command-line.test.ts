import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { commandLine } from '../../../scripts/utils/format.ts';

describe('commandLine', () => {
  test('should leave a plain path as it is', () => {
    expect(commandLine('npx forum-archive serve', 'dist')).toBe('npx forum-archive serve dist');
    expect(commandLine('npx forum-archive serve', '/srv/forum-1/site')).toBe(
      'npx forum-archive serve /srv/forum-1/site',
    );
  });

  test('should quote paths a shell would split or expand, so the line can be pasted', () => {
    for (const path of ['/tmp/my site ü', "it's here", '$HOME/*', 'a"b', 'semi;colon']) {
      const line = commandLine('printf %s', path);
      expect(execFileSync('/bin/sh', ['-c', line], { encoding: 'utf8' })).toBe(path);
    }
  });
});
