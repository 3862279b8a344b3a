export { stackExchangeDump, stackExchangeImporter } from './importer.ts';
export { ArchiveListings } from './listings.ts';
export { sanitizeBody, type SafeBody } from './sanitize.ts';
export { minuteOf } from './dates.ts';
export { parseTags, tagIdOf } from './tags.ts';
