import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContentFolder } from '../support/content-copy';
import { ALIAS_BOMB, LATIN1_STATEMENT } from '../support/hostile-content';
import { projectPath } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';
import { loadShowContent } from '../../server/show-content';
import { recordingLogger } from '../support/recording-logger';
import { TINY_CONTENT } from '../support/tiny-deck';

const scratch = useScratchFolders('yeondae-content-');
/** A copy of the project's content folder that a test may break. */
const contentCopy = (): string => copyContentFolder(projectPath('content'), scratch());

describe('loadShowContent', () => {
  it('runs the show from the content folder when it is good', () => {
    const log = recordingLogger();
    const loaded = loadShowContent(contentCopy(), TINY_CONTENT, log);
    expect(loaded.from).toBe('folder');
    expect(loaded.deck.slides.length).toBeGreaterThan(TINY_CONTENT.deck.slides.length);
    expect(log.lines.filter((line) => line.startsWith('error:'))).toEqual([]);
  });

  it('falls back to the built-in content when the statement is broken, logging file, line and problem', () => {
    const folder = contentCopy();
    writeFileSync(join(folder, 'statement.yaml'), 'segments:\n  - id: 1a\n    en: [unclosed\n');
    const log = recordingLogger();
    const loaded = loadShowContent(folder, TINY_CONTENT, log);
    expect(loaded).toMatchObject({ ...TINY_CONTENT, from: 'fallback' });
    expect(log.lines.some((line) => /^error: .*statement\.yaml:\d+: error: /.test(line))).toBe(true);
    expect(log.lines.at(-1)).toBe(`error: the content in ${folder} cannot be shown; showing the content from the last build instead`);
    // The same lines, without the level, are what the presenter view will list.
    expect(loaded.problems).toEqual(log.lines.map((line) => line.replace(/^(error|warn): /, '')));
  });

  it('falls back to the built-in content when the statement is an alias bomb, naming its line', () => {
    const folder = contentCopy();
    writeFileSync(join(folder, 'statement.yaml'), `segments: []\n${ALIAS_BOMB}`);
    const log = recordingLogger();
    const loaded = loadShowContent(folder, TINY_CONTENT, log);
    expect(loaded).toMatchObject({ ...TINY_CONTENT, from: 'fallback' });
    expect(loaded.problems[0]).toMatch(/statement\.yaml:3: error: the aliases in this file/u);
  });

  it('keeps the folder, on default settings, when the settings file is an alias bomb', () => {
    const folder = contentCopy();
    writeFileSync(join(folder, 'settings.yaml'), ALIAS_BOMB);
    const loaded = loadShowContent(folder, TINY_CONTENT, recordingLogger());
    expect(loaded.from).toBe('folder');
    expect(loaded.problems[0]).toMatch(/settings\.yaml:2: warning: the aliases in this file/u);
  });

  it('falls back to the built-in content when the statement is not UTF-8, instead of showing �', () => {
    const folder = contentCopy();
    writeFileSync(join(folder, 'statement.yaml'), LATIN1_STATEMENT);
    const loaded = loadShowContent(folder, TINY_CONTENT, recordingLogger());
    expect(loaded).toMatchObject({ ...TINY_CONTENT, from: 'fallback' });
    expect(loaded.problems[0]).toMatch(/statement\.yaml:3: error: this file is not UTF-8 text/u);
  });

  it('falls back to the built-in content rather than show a segment too long to read', () => {
    const folder = contentCopy();
    const statement = readFileSync(join(folder, 'statement.yaml'), 'utf8');
    writeFileSync(join(folder, 'statement.yaml'), statement.replace(/^segments:\n/mu, `segments:\n  - id: wall\n    en: "${'Free Palestine. '.repeat(190).trim()}"\n`));
    const loaded = loadShowContent(folder, TINY_CONTENT, recordingLogger());
    expect(loaded).toMatchObject({ ...TINY_CONTENT, from: 'fallback' });
    expect(loaded.problems[0]).toMatch(/statement\.yaml:\d+: error: the en text of "wall" is too long to be read from across the room/u);
  });

  it('falls back when there is no content folder at all', () => {
    const log = recordingLogger();
    const loaded = loadShowContent(join(tmpdir(), 'yeondae-no-such-folder'), TINY_CONTENT, log);
    expect(loaded.from).toBe('fallback');
    expect(log.lines[0]).toMatch(/^error: .*statement\.yaml: error: cannot read this file/);
  });

  it('keeps the folder but logs a bad setting as a warning', () => {
    const folder = contentCopy();
    writeFileSync(join(folder, 'settings.yaml'), 'languages: [en, en]\n');
    const log = recordingLogger();
    const loaded = loadShowContent(folder, TINY_CONTENT, log);
    expect(loaded.from).toBe('folder');
    expect(loaded.settings.languages).toEqual(['en', 'ko']);
    expect(log.lines.some((line) => /^warn: .*settings\.yaml:1: warning: languages must be each of en, ko once/.test(line))).toBe(true);
  });
});
