import { CliError } from './cli-error.ts';

/**
 * The build's date from `SOURCE_DATE_EPOCH` (reproducible-builds.org), as `YYYY-MM-DDTHH:MM:SSZ`,
 * or null when it is unset: nothing in an archive depends on the clock, so two builds of the same
 * dump are byte-identical.
 */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return null;
  if (!/^\d{1,12}$/.test(value)) {
    throw new CliError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${value}".`,
      'Unset it, or set it to e.g. $(git log -1 --format=%ct).',
      2,
    );
  }
  return new Date(Number(value) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
