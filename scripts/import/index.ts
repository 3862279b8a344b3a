export {
  importDump,
  removePreviousRecords,
  type ImportOptions,
  type ImportSummary,
} from './lib/import-dump.ts';
export { importerFor, importers } from './lib/importers.ts';
export type {
  EmitThread,
  Importer,
  ImportOutcome,
  ProgressReporter,
  RunOptions,
} from './lib/importer.ts';
