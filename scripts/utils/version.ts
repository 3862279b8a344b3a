import { readFileSync } from 'node:fs';
import { projectRoot } from './paths.ts';

/** The tool's version, from package.json, for the manifest and `--version`. */
export const version: string = (
  JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8')) as { version: string }
).version;
