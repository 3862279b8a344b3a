export type * from './lib/types.ts';
export { parseThreadFile, scanThreadFile } from './lib/parse-thread-file.ts';
export { formatThreadFile } from './lib/format-thread-file.ts';
export { daysInMonth, formatHeaderDate, isLeapYear, MONTHS } from './lib/date.ts';
export { matchHeaderLine, type HeaderMatch } from './lib/header.ts';
export { firstInvalidUtf8 } from './lib/utf8.ts';
