import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CliError } from './cli-error.ts';

/** The folders a build reads and writes. */
export interface BuildFolders {
  dump: string;
  records: string;
  out: string;
}

/**
 * Refuses folders nested in one another, before anything is read or written: a build replaces
 * `--out` as a whole and a parse replaces the records, so either would take the other (or the
 * dump) with it, or fail halfway with a less helpful message.
 */
export function assertSeparateFolders(folders: BuildFolders): void {
  const { dump, records, out } = folders;
  if (isWithin(records, out)) {
    throw new CliError(
      `--records ${records} is inside --out ${out}, which a build replaces as a whole.`,
      'Keep the records outside the site folder (the default is content/records/).',
      2,
    );
  }
  if (isWithin(out, records)) {
    throw new CliError(
      `--out ${out} is inside --records ${records}, which a parse replaces.`,
      'Choose an --out outside the records folder.',
      2,
    );
  }
  assertDumpOutside(dump, out, '--out');
  assertDumpOutside(dump, records, '--records');
}

/** Refuses a dump inside the folder that `flag` names, which the command replaces as a whole. */
export function assertDumpOutside(dump: string, folder: string, flag: string): void {
  if (isWithin(dump, folder)) {
    throw new CliError(
      `The dump ${dump} is inside ${flag} ${folder}, which this command replaces.`,
      `Keep the dump outside ${flag}.`,
      2,
    );
  }
}

/** Whether `path` is `folder` or lies inside it (paths as given, symbolic links not followed). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}
