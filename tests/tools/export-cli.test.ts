import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';

const TSX = projectPath('node_modules/.bin/tsx');
const runExport = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(TSX, [projectPath('tools/export.ts'), ...args], { cwd: projectPath(''), encoding: 'utf8', env: { ...process.env, ...env } });

const scratch = useScratchFolders('yeondae-export-cli-');
const FIXTURE = projectPath('tests/e2e/fixtures/organizations-content');

/** No stack trace and no exception's name: only lines a person can act on. */
const NO_STACK_TRACE = /^\s+at |TypeError|ReferenceError|RangeError/mu;

/** A failed export: its exit code, its one line, and that it left nothing in `folder`. */
function expectRefused(result: ReturnType<typeof runExport>, line: string, folder: string, status = 1): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(NO_STACK_TRACE);
  expect(result.stderr.split('\n')[0]).toBe(line);
  expect(result.status).toBe(status);
  expect(readdirSync(folder)).toEqual([]);
}

// Each test starts the tool in a new process, which takes seconds on a busy machine. None
// of these gets as far as starting Chromium: bad input is found first.
describe('npm run export, given what it cannot use', { timeout: 30_000 }, () => {
  it('says what is wrong with a size, and writes nothing', () => {
    const out = scratch();
    expectRefused(runExport(['--video', join(out, 'loop.mp4'), '--size', '1920x1081']), "export: --size 1920x1081: a video's width and height must be even (its colour is stored at half the size, yuv420p)", out, 2);
    expectRefused(runExport(['--images', join(out, 'posts'), '--size', 'big']), 'export: --size big: give the size as WIDTHxHEIGHT in pixels, e.g. 1920x1080', out, 2);
  });

  it('names the modes there are for one that does not exist, and writes nothing', () => {
    const out = scratch();
    const result = runExport(['--video', join(out, 'loop.mp4'), '--mode', 'slideshow']);
    expectRefused(result, 'export: --mode slideshow: the mode must be one of sequence, in-place, stacked, single', out, 2);
    expect(result.stderr).toContain('usage: npm run export -- --video FILE.mp4');
  });

  it('says which folder is missing for a video that cannot be written there, and writes nothing', () => {
    const out = scratch();
    expectRefused(runExport(['--video', join(out, 'no-such-folder', 'loop.mp4'), '--content', FIXTURE]), `export: --video ${join(out, 'no-such-folder', 'loop.mp4')}: there is no folder ${join(out, 'no-such-folder')}`, out);
    writeFileSync(join(out, 'a-file'), '');
    const result = runExport(['--images', join(out, 'a-file', 'posts'), '--content', FIXTURE]);
    expect(result.stderr.split('\n')[0]).toBe(`export: --images ${join(out, 'a-file', 'posts')}: ${join(out, 'a-file')} is a file, not a folder`);
    expect(readdirSync(out)).toEqual(['a-file']);
  });

  it('refuses to write a video over a folder', () => {
    const out = scratch();
    mkdirSync(join(out, 'loop.mp4'));
    const result = runExport(['--video', join(out, 'loop.mp4'), '--content', FIXTURE]);
    expect(result.stderr.split('\n')[0]).toBe(`export: --video ${join(out, 'loop.mp4')}: that is a folder; give the video's file name`);
    expect(readdirSync(out)).toEqual(['loop.mp4']);
    expect(readdirSync(join(out, 'loop.mp4'))).toEqual([]);
  });

  it('lists the problems of a content folder with errors, file and line, and writes nothing', () => {
    const out = scratch();
    const content = copyContentFolder(FIXTURE, scratch(), { 'statement.yaml': 'segments:\n  - id: a\n    en: Fine.\n  - id: b\n    en: [not, text]\n' });
    const result = runExport(['--video', join(out, 'loop.mp4'), '--content', content]);
    expect(result.stderr).toMatch(/statement\.yaml:5: error: segment "b": the en text must be non-empty text/u);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('export: the content has errors; fix the lines above and run again.');
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves no partial file when the export fails after it began', () => {
    const out = scratch();
    // A "Chromium" that exits at once: the export has made its partial file by then.
    const result = runExport(['--video', join(out, 'loop.mp4'), '--content', FIXTURE], { YEONDAE_CHROMIUM: '/bin/false' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^export: Chromium \(\/bin\/false\) did not start \(.*\); set YEONDAE_CHROMIUM to another Chromium or Chrome\n$/u);
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, 'loop.mp4'))).toBe(false);
  });

  it('prints its usage for --help, and exits 0', () => {
    const result = runExport(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run export -- --video FILE\.mp4 \[--size WxH\] \[--mode MODE\] \[--languages en,ko\] \[--rounds N\] \[--content DIR\]/u);
  });
});
