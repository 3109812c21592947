import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectStatementTexts } from '../support/bilingual-texts';
import { projectPath, readProjectFile } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';

const TSX = projectPath('node_modules/.bin/tsx');
const run = (tool: string, ...args: string[]) =>
  spawnSync(TSX, [projectPath(`tools/${tool}.ts`), ...args], { cwd: projectPath(''), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const scratch = useScratchFolders('yeondae-import-');

/** The project's statement as an organizer would paste it: two files. */
function pastedTexts(folder: string): { en: string; ko: string } {
  const texts = projectStatementTexts();
  const paths = { en: join(folder, 'english.txt'), ko: join(folder, 'korean.txt') };
  writeFileSync(paths.en, texts.en);
  writeFileSync(paths.ko, texts.ko);
  return paths;
}

// Each case starts tsx once to three times, a few seconds each on a busy machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes a content folder that `npm run deck` shows, with the source byte for byte and the app’s settings', () => {
    const folder = scratch();
    const { en, ko } = pastedTexts(folder);
    const out = join(folder, 'new-statement');
    const result = run('import', '--en', en, '--ko', ko, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'source/statement.txt'), 'utf8')).toBe(readProjectFile('content/source/statement.txt'));
    expect(readFileSync(join(out, 'settings.yaml'), 'utf8')).toBe(readProjectFile('content/settings.yaml'));
    const deck = run('deck', '--content', out);
    expect(deck.status).toBe(0);
    expect(deck.stderr).toBe('');
    expect(deck.stdout).toContain('28 slides; languages in order: en, ko');
  });

  it('prints the segments side by side, the ones to check first marked with ? and why', () => {
    const folder = scratch();
    const { en, ko } = pastedTexts(folder);
    const { stdout } = run('import', '--en', en, '--ko', ko, '--out', join(folder, 'out'));
    expect(stdout).toMatch(/^1\s+1a\s+statement\s+As anti-imperialist Koreans,.*\s{2}반제국주의 한국인으로서/mu);
    expect(stdout).toMatch(/^\?26\s+8a\s+statement\s+In solidarity,\s+—\n\s+check:\s+only in the English text/mu);
    expect(stdout).toMatch(/28 segments, \d+ to check \(marked \?\)\./u);
    expect(stdout).toMatch(/Lengths: 0\.\d\d Korean characters per English character/u);
  });

  it('replaces no file that is there already, unless told to with --force', () => {
    const folder = scratch();
    const { en, ko } = pastedTexts(folder);
    const out = join(folder, 'out');
    expect(run('import', '--en', en, '--ko', ko, '--out', out).status).toBe(0);
    writeFileSync(join(out, 'statement.yaml'), 'segments: []\n');
    const refused = run('import', '--en', en, '--ko', ko, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('these files exist already, and nothing was written');
    expect(readFileSync(join(out, 'statement.yaml'), 'utf8')).toBe('segments: []\n');
    expect(run('import', '--en', en, '--ko', ko, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(join(out, 'statement.yaml'), 'utf8')).toContain('- id: 1a');
  });

  it('writes a statement with a segment too long for a slide all the same, says so, and `npm run deck` lists the error', () => {
    const folder = scratch();
    const paths = { en: join(folder, 'english.txt'), ko: join(folder, 'korean.txt') };
    writeFileSync(paths.en, `Free Palestine.\n\nWe stand with Palestine, ${'and with every village that was emptied, '.repeat(40)}until return.\n`);
    writeFileSync(paths.ko, `팔레스타인에 자유를.\n\n우리는 팔레스타인과 함께합니다, ${'비워진 모든 마을과 함께, '.repeat(50)}귀환의 날까지.\n`);
    const out = join(folder, 'out');
    const result = run('import', '--en', paths.en, '--ko', paths.ko, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('import: 1 segment has an error (2a, marked "# error:" in statement.yaml): the show will not run this folder until it is fixed.');
    expect(result.stdout).toMatch(/^\?2\s+2a\s+statement\s+We stand with Palestine/mu);
    expect(result.stdout).toMatch(/check:\s+error: the en text of "2a" is too long/u);
    expect(result.stdout).toContain('2 segments, 1 with errors');
    expect(readFileSync(join(out, 'statement.yaml'), 'utf8')).toMatch(/# error: the en text of "2a" is too long/u);
    const deck = run('deck', '--content', out);
    expect(deck.status).toBe(1);
    expect(deck.stderr).toMatch(/statement\.yaml:\d+: error: the en text of "2a" is too long to be read from across the room/u);
  });

  it('refuses a file that is not UTF-8, naming it, and writes nothing', () => {
    const folder = scratch();
    const { en } = pastedTexts(folder);
    const latin1 = join(folder, 'korean.txt');
    writeFileSync(latin1, Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x2e]));
    const result = run('import', '--en', en, '--ko', latin1, '--out', join(folder, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${latin1} is not UTF-8 text`);
  });

  it('says what is missing or unknown, with its usage', () => {
    expect(run('import', '--en', 'a.txt').stderr).toContain('missing --ko, --out');
    expect(run('import', '--en', 'a.txt', '--ko', 'b.txt', '--out', 'x', '--bogus').stderr).toContain('unknown argument "--bogus"');
    expect(run('import', '--out').status).toBe(2);
  });
});
