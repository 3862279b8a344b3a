import { CliError } from '../../utils/cli-error.ts';
import type { Importer } from './importer.ts';
import { stackExchangeDump } from './stackexchange/index.ts';
import { textDump } from './text-dump.ts';

/** Every known format, most specific first: detection takes the first that claims a folder. */
export const importers: readonly Importer[] = [stackExchangeDump, textDump];

/** The importer named by `--format`, or the first whose `detect` claims the folder. */
export function importerFor(dumpDir: string, format?: string): Importer {
  if (format === undefined) return importers.find((i) => i.detect(dumpDir)) ?? textDump;
  const importer = importers.find((i) => i.name === format);
  if (!importer) {
    const names = importers.map((i) => i.name).join(', ');
    throw new CliError(`Unknown dump format "${format}".`, `Use one of: ${names}.`, 2);
  }
  return importer;
}
