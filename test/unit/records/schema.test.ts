import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { importDump } from '../../../scripts/import/index.ts';
import { sampleDump } from '../../../scripts/utils/paths.ts';
import { tempDir } from '../../helpers/cli.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../../scripts/records/records.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true });
ajv.addSchema(schema);
const validator = (def: string) =>
  ajv.getSchema(`https://forum-archive.invalid/records.schema.json#/$defs/${def}`)!;
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('the published JSON Schema', () => {
  const dir = join(tempDir('schema'), 'records');
  importDump({ dumpDir: sampleDump, recordsDir: dir });

  test('should accept every file of a records directory written from the sample', () => {
    const checks: Array<[string, string]> = [
      ['forums', join(dir, 'forums.json')],
      ['manifest', join(dir, 'archive.json')],
      ...readdirSync(join(dir, 'forums')).map((f): [string, string] => [
        'forumThreads',
        join(dir, 'forums', f),
      ]),
      ...readdirSync(join(dir, 'threads')).map((f): [string, string] => [
        'threadPack',
        join(dir, 'threads', f),
      ]),
    ];
    for (const [def, path] of checks) {
      const validate = validator(def);
      expect(validate(read(path)), `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  test('should reject a post whose date is not a naive wall-clock minute', () => {
    const validate = validator('post');
    expect(validate({ n: 1, date: '2015-04-11T14:58:00Z', author: null, body: '' })).toBe(false);
    expect(validate({ n: 1, date: '2015-02-30T24:00', author: null, body: '' })).toBe(false);
  });
});
