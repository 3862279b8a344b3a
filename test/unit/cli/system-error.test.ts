import { describe, expect, test } from 'vitest';
import { CliError } from '../../../scripts/utils/cli-error.ts';
import { systemError } from '../../../scripts/utils/system-error.ts';
import { sampleDump } from '../../../scripts/utils/paths.ts';
import { runCli } from '../../helpers/cli.ts';

function errnoError(code: string, syscall?: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code, syscall, path });
}

describe('systemError', () => {
  test('should say the disk is full, where, and what to do', () => {
    const error = systemError(errnoError('ENOSPC', 'write', '/out/t/ab/x.html'));
    expect(error).toBeInstanceOf(CliError);
    expect(error?.message).toBe('The disk is full (write /out/t/ab/x.html).');
    expect(error?.hint).toMatch(/Free some space/);
    expect(error?.exitCode).toBe(1);
  });

  test('should name the path without a syscall when the error has none', () => {
    expect(systemError(errnoError('EACCES', undefined, '/srv'))?.message).toBe(
      'Permission denied (/srv).',
    );
  });

  test('should leave errors that are not the machine’s to the bug report', () => {
    expect(systemError(new TypeError('x is undefined'))).toBeUndefined();
    expect(systemError(errnoError('ENOENT', 'open', '/missing'))).toBeUndefined();
    expect(systemError(undefined)).toBeUndefined();
    expect(systemError('a string')).toBeUndefined();
  });
});

describe('forum-archive on a folder it may not write', () => {
  test('should exit 1 with the path and a hint, without a stack trace', () => {
    // /sys refuses new folders, even to root (EPERM; EACCES for other users).
    const run = runCli(['parse', sampleDump, '--out', '/sys/forum-archive-records']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^error: (Operation not permitted|Permission denied) \(mkdir \/sys\/forum-archive-records\)\.$/m,
    );
    expect(run.stderr).toMatch(/^hint: /m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toMatch(/report this/);
  });
});
