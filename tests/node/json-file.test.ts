import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useScratchFolders } from '../support/scratch-folders';
import { readJsonFile, writeFileAtomic } from '../../node/json-file';

const scratch = useScratchFolders('yeondae-json-');

describe('readJsonFile', () => {
  it('reads a JSON file, and says plainly when it is missing or broken', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'good.json'), '{"a":1}');
    writeFileSync(join(folder, 'half.json'), '{"slideId": "4');
    expect(readJsonFile(join(folder, 'good.json'))).toEqual({ status: 'ok', value: { a: 1 } });
    expect(readJsonFile(join(folder, 'none.json'))).toEqual({ status: 'missing' });
    expect(readJsonFile(join(folder, 'half.json'))).toMatchObject({ status: 'unreadable', reason: expect.stringMatching(/^not valid JSON/) });
    expect(readJsonFile(folder)).toMatchObject({ status: 'unreadable' });
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file behind', () => {
    const folder = scratch();
    const file = join(folder, 'nested', 'state.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(join(folder, 'nested'))).toEqual(['state.json']);
  });

  it('leaves the old file as it was when the new one cannot be written', () => {
    const folder = scratch();
    const file = join(folder, 'state.json');
    writeFileAtomic(file, 'old');
    // A folder where the temporary file should go makes the write fail midway.
    mkdirSync(`${file}.${process.pid}.tmp`);
    expect(() => writeFileAtomic(file, 'new')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});
