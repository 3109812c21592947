import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_SAVES } from '../../node/content-history';
import { createContentEditor } from '../../server/content-editor';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { recordingLogger } from '../support/recording-logger';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-content-editor-');

function editorOnCopy() {
  // In a folder of its own, so that a new content folder made beside it stays in the scratch folder.
  const folder = copyContentFolder(projectPath('content'), join(scratch(), 'content'));
  const editor = createContentEditor(folder, recordingLogger());
  const statement = join(folder, 'statement.yaml');
  return { folder, editor, statement, settings: join(folder, 'settings.yaml') };
}

describe('the content folder as the editor page reads and writes it', () => {
  it('reads the shipped statement as its segments, with the file’s problems and no save kept yet', () => {
    const { editor } = editorOnCopy();
    const content = editor.content();
    expect(content.segments).toHaveLength(29);
    expect(content.segments?.[0]).toMatchObject({ id: '1a', kind: 'statement', from: '1a' });
    expect(content.fileProblems.join('\n')).toContain('the list of organizations is empty');
    expect(content.history).toBe(0);
    expect(content.readOnly).toBeUndefined();
  });

  it('saves: the statement and the settings written whole, their comments kept, the old files kept in history/, and a new version', () => {
    const { editor, folder, statement, settings } = editorOnCopy();
    const before = { statement: readFileSync(statement, 'utf8'), settings: readFileSync(settings, 'utf8') };
    const content = editor.content();
    const segments = (content.segments ?? []).map((segment, index) => (index === 0 ? { ...segment, text: { ...segment.text, en: `${segment.text.en ?? ''} Together.` } } : segment));
    const saved = editor.save(content.version, segments, { mode: 'stacked' });
    expect(saved).toEqual({ ok: true, version: expect.any(String) });
    expect(saved.ok && saved.version).not.toBe(content.version);
    const written = readFileSync(statement, 'utf8');
    expect(written).toBe(before.statement.replace('the Zionist occupation.\n', 'the Zionist occupation. Together.\n'));
    expect(readFileSync(settings, 'utf8')).toBe(before.settings.replace('\nmode: sequence\n', '\nmode: stacked\n'));
    const kept = readdirSync(join(folder, 'history'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(folder, 'history', kept[0] ?? '', 'statement.yaml'), 'utf8')).toBe(before.statement);
    expect(editor.content().version).toBe(saved.ok ? saved.version : '');
    // No temporary file is left behind.
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a save from an older version, or with an error, and writes nothing', () => {
    const { editor, folder, statement } = editorOnCopy();
    const content = editor.content();
    const before = readFileSync(statement, 'utf8');
    const modified = statSync(statement).mtimeMs;
    expect(editor.save('not-the-version', content.segments ?? [], {})).toMatchObject({ ok: false, reason: 'changed-elsewhere' });
    const twice = [...(content.segments ?? []), content.segments?.[0] ?? { id: 'x', kind: 'statement', text: {} }];
    const refused = editor.save(content.version, twice, {});
    expect(refused).toMatchObject({ ok: false, reason: 'problems', problems: [expect.objectContaining({ severity: 'error', segment: 29, field: 'id' })] });
    expect(readFileSync(statement, 'utf8')).toBe(before);
    expect(statSync(statement).mtimeMs).toBe(modified);
    expect(() => readdirSync(join(folder, 'history'))).toThrow();
  });

  it('puts back the last save, byte for byte, and says so when there is none left', () => {
    const { editor, statement, settings } = editorOnCopy();
    const before = { statement: readFileSync(statement, 'utf8'), settings: readFileSync(settings, 'utf8') };
    const content = editor.content();
    const saved = editor.save(content.version, (content.segments ?? []).slice(1), { languages: ['ko', 'en'] });
    if (!saved.ok) throw new Error('the save was refused');
    const undone = editor.undoSave(saved.version);
    expect(undone).toEqual({ ok: true, version: content.version });
    expect(readFileSync(statement, 'utf8')).toBe(before.statement);
    expect(readFileSync(settings, 'utf8')).toBe(before.settings);
    expect(editor.undoSave(content.version)).toMatchObject({ ok: false, reason: 'no-history' });
  });

  it(`keeps the last ${KEPT_SAVES} saves`, () => {
    // A statement of one segment, so that fifty-odd saves take a moment.
    const folder = scratch();
    writeFileSync(join(folder, 'statement.yaml'), 'segments:\n  - id: 1a\n    en: >-\n      We stand with Palestine.\n');
    const editor = createContentEditor(folder, recordingLogger());
    for (let round = 0; round < KEPT_SAVES + 3; round += 1) {
      const content = editor.content();
      const segments = (content.segments ?? []).map((segment, index) => (index === 0 ? { ...segment, text: { ...segment.text, en: `${segment.text.en ?? ''}${round % 2 === 0 ? ' Again.' : ''}` } } : segment));
      expect(editor.save(content.version, segments, {}).ok).toBe(true);
    }
    expect(readdirSync(join(folder, 'history'))).toHaveLength(KEPT_SAVES);
  });

  it('keeps a file’s own mode, and says plainly when the folder cannot be written', () => {
    if (process.getuid?.() === 0) {
      // root writes through any mode: the refusal is checked with a file in place of history/ instead.
      const { editor, folder } = editorOnCopy();
      writeFileSync(join(folder, 'history'), 'not a folder');
      const content = editor.content();
      expect(editor.save(content.version, (content.segments ?? []).slice(1), {})).toMatchObject({ ok: false, reason: 'cannot-write' });
      return;
    }
    const { editor, folder } = editorOnCopy();
    mkdirSync(join(folder, 'history'));
    chmodSync(join(folder, 'history'), 0o500);
    const content = editor.content();
    expect(editor.save(content.version, (content.segments ?? []).slice(1), {})).toMatchObject({ ok: false, reason: 'cannot-write' });
  });

  it('shows a statement it could not write back unchanged as no table, with the reasons', () => {
    const { editor, statement } = editorOnCopy();
    writeFileSync(statement, 'segments:\n  - id: 1a\n    en: [not, text]\n');
    const content = editor.content();
    expect(content.segments).toBeUndefined();
    expect(content.fileProblems.join('\n')).toContain('statement.yaml:3');
  });

  it('saves an imported statement over the show’s content with its source text, or as a new folder beside it, never over one', () => {
    const { editor, folder, statement } = editorOnCopy();
    const template = '# Imported by the page.\nsegments:\n  # check: the sentence counts differ\n  - id: 1a\n    en: >-\n      We stand.\n    ko: >-\n      우리는 연대합니다.\n';
    const segments = [{ id: '1a', kind: 'statement' as const, text: { en: 'We stand.', ko: '우리는 연대합니다.' }, from: '1a' }];
    const source = 'We stand.\n\n우리는 연대합니다.\n';
    const before = editor.content();
    const copy = editor.saveImported(before.version, template, segments, source, { into: 'new-folder', name: 'next statement' });
    expect(copy).toMatchObject({ ok: true, version: before.version, folder: join(folder, '..', 'next statement') });
    const made = join(folder, '..', 'next statement');
    expect(readFileSync(join(made, 'statement.yaml'), 'utf8')).toBe(template);
    expect(readFileSync(join(made, 'source', 'statement.txt'), 'utf8')).toBe(source);
    expect(readFileSync(join(made, 'settings.yaml'), 'utf8')).toBe(readFileSync(join(folder, 'settings.yaml'), 'utf8'));
    expect(editor.saveImported(before.version, template, segments, source, { into: 'new-folder', name: 'next statement' })).toMatchObject({ ok: false, reason: 'folder-exists' });
    const replaced = editor.saveImported(before.version, template, segments, source, { into: 'show' });
    expect(replaced.ok).toBe(true);
    expect(readFileSync(statement, 'utf8')).toBe(template);
    expect(readFileSync(join(folder, 'source', 'statement.txt'), 'utf8')).toBe(source);
    // Undo puts the whole folder back, the source text too.
    const undone = editor.undoSave(replaced.ok ? replaced.version : '');
    expect(undone).toEqual({ ok: true, version: before.version });
    expect(readFileSync(join(folder, 'source', 'statement.txt'), 'utf8')).toBe(readFileSync(projectPath('content/source/statement.txt'), 'utf8'));
  });

  it('refuses every write to content built into the app (inside app.asar)', () => {
    const editor = createContentEditor('/opt/Yeondae/resources/app.asar/content', recordingLogger());
    expect(editor.content().readOnly).toContain('built into the app');
    expect(editor.save(editor.content().version, [], {})).toMatchObject({ ok: false, reason: 'read-only' });
  });
});
