import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../tools/command-args';
import { projectPath } from '../support/project-content';

describe('readOptions', () => {
  it('reads options given as `--name value` or `--name=value`, and flags', () => {
    expect(readOptions(['--en', 'a.txt', '--out=dir', '--force'], ['--en', '--out'], ['--force'])).toEqual({
      values: { en: 'a.txt', out: 'dir' },
      flags: new Set(['force']),
    });
  });

  it('keeps an = inside a value', () => {
    expect(readOptions(['--out=a=b'], ['--out'])).toEqual({ values: { out: 'a=b' }, flags: new Set() });
  });

  it('says which option lacks its value, or which argument it does not know', () => {
    expect(readOptions(['--out'], ['--out'])).toBe('--out needs a value');
    expect(readOptions(['--out='], ['--out'])).toBe('--out needs a value');
    expect(readOptions(['--force=yes'], ['--out'], ['--force'])).toBe('unknown argument "--force=yes"');
    expect(readOptions(['extra'], ['--out'])).toBe('unknown argument "extra"');
  });
});

describe('npm run handout, before it starts a browser', { timeout: 30_000 }, () => {
  const runHandout = (...args: string[]) =>
    spawnSync(projectPath('node_modules/.bin/tsx'), [projectPath('tools/handout.ts'), ...args], { cwd: projectPath(''), encoding: 'utf8' });

  it('refuses a paper it does not know, naming the ones it does, with its usage', () => {
    const result = runHandout('--paper', 'a5');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('handout: --paper a5: the paper must be one of a4, letter');
    expect(result.stderr).toContain('usage: npm run handout');
  });

  it('prints its usage for --help', () => {
    const result = runHandout('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run handout -- \[--paper a4\|letter\]/u);
  });
});
