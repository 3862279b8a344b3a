import { CliError } from './cli-error.ts';

const diskFull =
  'Free some space, or write the output (--out, --records) to another disk; a site built before is left as it was.';
const notAllowed =
  'Write the output (--out, --records) where you may write, or fix the folder’s permissions.';

/** What the user can do about each error the machine, not the dump or the code, causes. */
const remedies: Record<string, { what: string; hint: string }> = {
  ENOSPC: { what: 'The disk is full', hint: diskFull },
  EDQUOT: { what: 'The disk quota is used up', hint: diskFull },
  EACCES: { what: 'Permission denied', hint: notAllowed },
  EPERM: { what: 'Operation not permitted', hint: notAllowed },
  EROFS: {
    what: 'The file system is read-only',
    hint: 'Write the output (--out, --records) to a writable disk.',
  },
  EMFILE: {
    what: 'Too many open files',
    hint: 'Raise the limit (ulimit -n) and run again.',
  },
  ENFILE: {
    what: 'The system ran out of open files',
    hint: 'Close other programs or raise the system limit, and run again.',
  },
  EIO: {
    what: 'The disk reported an input/output error',
    hint: 'Check the disk (dmesg), or build on another one.',
  },
};

/**
 * An error of the machine (full disk, permissions, file limits) as one the user can act on, or
 * `undefined` for anything else: those are bugs, reported with their stack.
 */
export function systemError(error: unknown): CliError | undefined {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const remedy = code === undefined ? undefined : remedies[code];
  if (!remedy) return undefined;
  const where = path ? ` (${syscall ? `${syscall} ` : ''}${path})` : '';
  return new CliError(`${remedy.what}${where}.`, remedy.hint);
}
