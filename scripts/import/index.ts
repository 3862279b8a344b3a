export { importDump, type ImportOptions, type ImportSummary } from './lib/import-dump.ts';
export { importerFor, importers } from './lib/importers.ts';
export type { Importer, ImportOutcome, ProgressReporter } from './lib/importer.ts';
