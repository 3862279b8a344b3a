import type { RejectedFile } from '../records/types.ts';
import { CliError } from '../utils/cli-error.ts';
import { plural } from '../utils/format.ts';
import { join } from 'node:path';

/** `FILE:LINE: reason: message`, with FILE as the user named it (dump folder joined with source). */
export function formatRejection(dumpDir: string, rejected: RejectedFile): string {
  const where = rejected.line === null ? '' : `:${rejected.line}`;
  return `${join(dumpDir, rejected.file)}${where}: ${rejected.reason}: ${rejected.message}`;
}

/** Prints every rejected file; fails the run unless the user asked to build the rest. */
export function reportRejections(dumpDir: string, rejected: RejectedFile[], skipInvalid: boolean) {
  for (const file of rejected) process.stderr.write(`${formatRejection(dumpDir, file)}\n`);
  if (rejected.length && !skipInvalid) {
    throw new CliError(
      `${plural(rejected.length, 'file')} rejected; nothing was built.`,
      'Fix the files named above, or pass --skip-invalid to build the rest without them.',
    );
  }
}
