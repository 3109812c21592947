import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContentFolder } from '../support/content-copy';
import { loadProjectContent, projectPath } from '../support/project-content';
import { ALIAS_BOMB, EUC_KR_SETTINGS, LATIN1_STATEMENT } from '../support/hostile-content';
import { useScratchFolders } from '../support/scratch-folders';

const TSX = projectPath('node_modules/.bin/tsx');
const runDeck = (...args: string[]) =>
  spawnSync(TSX, [projectPath('tools/deck.ts'), ...args], { cwd: projectPath(''), encoding: 'utf8' });

const scratch = useScratchFolders('yeondae-deck-');
/** A copy of the project's content folder with some of its files replaced. */
const contentWith = (files: Readonly<Record<string, string | Uint8Array>>): string => copyContentFolder(projectPath('content'), scratch(), files);

/** No stack trace and no exception's name: only lines a person can act on. */
const NO_STACK_TRACE = /^\s+at |TypeError|ReferenceError|RangeError/mu;

// Each test starts the tool in a new process, which takes seconds on a busy machine.
describe('npm run deck', { timeout: 30_000 }, () => {
  it('prints exactly one JSON document with the languages and every shown slide', () => {
    const result = runDeck('--json');
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout) as { languages: string[]; slides: { id: string; kind: string; text: Record<string, string> }[] };
    expect(document.languages).toEqual(['en', 'ko']);
    expect(document.slides).toHaveLength(loadProjectContent().deck.slides.length);
    expect(document.slides[0]).toEqual({
      id: '1a',
      kind: 'statement',
      text: {
        en: 'As anti-imperialist Koreans, we stand unequivocally with Palestine, its people, and its armed resistance against the Zionist occupation.',
        ko: '반제국주의 한국인으로서 우리는 팔레스타인과 그 국민, 그리고 시오니스트 점령에 맞서는 팔레스타인의 무장 저항에 명백히 연대합니다.',
      },
    });
    expect(document.slides.at(-1)).toEqual({ id: 'closing', kind: 'closing', text: { ko: 'Free Free Palestine!' } });
    expect(document.slides.some((slide) => slide.kind === 'organizations')).toBe(false);
  });

  it('warns on standard error that the organizations slide is hidden while the list is empty', () => {
    expect(runDeck('--json').stderr).toMatch(/content\/statement\.yaml:\d+: warning: the list of organizations is empty/u);
  });

  it('prints an aligned table with both languages side by side', () => {
    const result = runDeck();
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const first = lines.find((line) => line.startsWith('1 '));
    expect(first).toMatch(/^1\s+1a\s+statement\s+As anti-imperialist Koreans,.*\s{2}반제국주의 한국인으로서/u);
    expect(result.stdout).toContain('28 slides; languages in order: en, ko');
  });

  it('names the file, the line and the problem of a broken content file, and exits non-zero', () => {
    const folder = scratch();
    mkdirSync(join(folder, 'source'));
    writeFileSync(join(folder, 'statement.yaml'), 'segments:\n  - id: a\n    en: Fine.\n  - id: b\n    en: [not, text]\n');
    const result = runDeck('--json', '--content', folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/statement\.yaml:5: error: segment "b": the en text must be non-empty text/u);
  });

  it('names the files of a folder as it was given: an absolute folder absolute, a relative one relative', () => {
    const folder = contentWith({ 'statement.yaml': 'segments:\n  - id: a\n    en: [not, text]\n' });
    expect(runDeck('--content', folder).stderr).toContain(`${folder}/statement.yaml:3: error: `);
    expect(runDeck('--json', '--content', 'content/').stderr).toMatch(/^content\/statement\.yaml:\d+: warning: the list of organizations is empty/u);
  });

  it('reports a setting named like object machinery with its line, and still prints the deck', () => {
    const result = runDeck('--json', '--content', contentWith({ 'settings.yaml': 'toString: 1\nconstructor: 1\n__proto__: 1\nhasOwnProperty: x\n' }));
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(NO_STACK_TRACE);
    for (const [line, name] of ['toString', 'constructor', '__proto__', 'hasOwnProperty'].entries()) {
      expect(result.stderr).toMatch(new RegExp(`settings\\.yaml:${line + 1}: warning: unknown setting "${name}"`, 'u'));
    }
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });

  it('prints settings problems as warnings and exits 0, since the show runs on its defaults', () => {
    const result = runDeck('--json', '--content', contentWith({ 'settings.yaml': 'mode: sideways\nslideMaxSeconds: [unclosed\n' }));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/settings\.yaml:\d+: warning: Flow sequence/u);
    expect(result.stderr).toMatch(/settings\.yaml: warning: this file is ignored until it is fixed/u);
    expect(result.stderr).not.toMatch(/: error: /u);
  });

  it('refuses an alias bomb in the statement with its file and line and exits 1, with no stack trace', () => {
    const folder = contentWith({ 'statement.yaml': `${readFileSync(projectPath('content/statement.yaml'), 'utf8')}${ALIAS_BOMB}` });
    const result = runDeck('--json', '--content', folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/statement\.yaml:\d+: error: the aliases in this file \(\*name\) copy their anchors too many times/u);
    expect(result.stderr).not.toMatch(NO_STACK_TRACE);
  });

  it('leaves out an alias bomb in the settings with a warning, and prints the deck', () => {
    const result = runDeck('--json', '--content', contentWith({ 'settings.yaml': ALIAS_BOMB }));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/settings\.yaml:2: warning: the aliases in this file/u);
    expect(result.stderr).not.toMatch(NO_STACK_TRACE);
  });

  it('refuses a statement that is not UTF-8 with the line of its first bad byte, and exits 1', () => {
    const result = runDeck('--json', '--content', contentWith({ 'statement.yaml': LATIN1_STATEMENT }));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/statement\.yaml:3: error: this file is not UTF-8 text/u);
    expect(result.stderr).not.toContain('\uFFFD');
  });

  it('leaves out a settings file that is not UTF-8 with a warning, and prints the deck', () => {
    const result = runDeck('--json', '--content', contentWith({ 'settings.yaml': EUC_KR_SETTINGS }));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/settings\.yaml:1: warning: this file is not UTF-8 text/u);
  });

  it('says that --content needs a value, in either spelling, instead of reading the current folder', () => {
    for (const args of [['--content='], ['--content'], ['--content', '--json']]) {
      const result = runDeck(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('deck: --content needs a value: --content DIR');
    }
  });

  it('reads --content=DIR', () => {
    expect(runDeck('--json', `--content=${projectPath('content')}`).status).toBe(0);
  });

  it('refuses an unknown argument with its usage', () => {
    const result = runDeck('--jsno');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown argument "--jsno"');
  });

  it('says that no announcement is written in the shipped content', () => {
    const result = runDeck();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('announcements: none written (see announcements.yaml)');
  });

  it('lists the announcements that are ready, by id', () => {
    const folder = contentWith({ 'announcements.yaml': 'announcements:\n  - id: move-back\n    en: Please move back\n    ko: 물러나 주세요\n  - id: break\n    en: Back in {countdown}\n    ko: "{countdown} 후"\n    countdown: { for: "10:00" }\n' });
    const result = runDeck('--content', folder);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('announcements: 2 (move-back, break)');
  });

  it('names the file and line of a broken announcement and exits non-zero, still printing the slides', () => {
    const folder = contentWith({ 'announcements.yaml': 'announcements:\n  - id: break\n    en: Back soon\n    ko: 곧 돌아옵니다\n    countdown: { until: "25:00" }\n' });
    const result = runDeck('--content', folder);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${folder}/announcements.yaml:5: error: announcement "break": \`until:\` is a time of day in quotes, 24-hour, such as "15:30"; it has "25:00"`);
    expect(result.stderr).toContain('deck: the announcements have errors; fix the lines above and run again.');
    expect(result.stderr).not.toMatch(NO_STACK_TRACE);
    expect(result.stdout).toContain('28 slides; languages in order: en, ko');
    expect(result.stdout).toContain('announcements: none can be put up until the errors above are fixed');
  });

  it('is what `npm run deck -- --json` runs, with nothing but JSON on standard output', () => {
    const stdout = execFileSync('npm', ['run', 'deck', '--', '--json'], { cwd: projectPath(''), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
  });
});
