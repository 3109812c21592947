import { describe, expect, it } from 'vitest';
import { checkEditedStatement } from '../../../common/edit/check-edited';
import { parseEditorMessage, MAX_EDIT_MESSAGE_BYTES } from '../../../common/edit/edit-protocol';
import { parseEditorServerMessage } from '../../../common/edit/edit-server-message';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';

const SEGMENT = { id: '1a', kind: 'statement', text: { en: 'We stand with Palestine.', ko: '우리는 팔레스타인과 연대합니다.' } };
const save = (fields: Record<string, unknown>): string => JSON.stringify({ type: 'save', base: 'v1', segments: [SEGMENT], settings: {}, ...fields });

describe('the editor socket’s messages, checked before the server reads them', () => {
  it('takes a save, an undo, a hello and a ping of the right shape', () => {
    expect(parseEditorMessage(save({ settings: { mode: 'stacked', languages: ['ko', 'en'] } }))).toEqual({ type: 'save', base: 'v1', segments: [SEGMENT], settings: { mode: 'stacked', languages: ['ko', 'en'] } });
    expect(parseEditorMessage(JSON.stringify({ type: 'undoSave', base: 'v1' }))).toEqual({ type: 'undoSave', base: 'v1' });
    expect(parseEditorMessage(JSON.stringify({ type: 'hello', clientId: 'edit-1', token: 'abc' }))?.type).toBe('hello');
    expect(parseEditorMessage(JSON.stringify({ type: 'ping', id: 3 }))?.type).toBe('ping');
  });

  it.each([
    ['an unknown key', save({ extra: 1 })],
    ['no base', save({ base: '' })],
    ['a segment with an unknown key', save({ segments: [{ ...SEGMENT, eng: 'x' }] })],
    ['a text that is not text', save({ segments: [{ ...SEGMENT, text: { en: 5 } }] })],
    ['a language the show does not have', save({ segments: [{ ...SEGMENT, text: { fr: 'Palestine libre' } }] })],
    ['an unknown kind', save({ segments: [{ ...SEGMENT, kind: 'banner' }] })],
    ['an organization with an unknown key', save({ segments: [{ ...SEGMENT, kind: 'organizations', organizations: [{ name: 'A', href: 'x' }] }] })],
    ['a setting the page may not change', save({ settings: { network: '0.0.0.0' } })],
    ['a setting with a bad value', save({ settings: { mode: 'sideways' } })],
    ['a key named like an object’s machinery', save({ settings: { __proto__: { mode: 'single' }, toString: 1 } })],
    ['a command of the show socket', JSON.stringify({ type: 'command', id: 'c1', command: { type: 'next' } })],
    ['a message past the size limit', save({ segments: [{ ...SEGMENT, text: { en: 'x'.repeat(MAX_EDIT_MESSAGE_BYTES) } }] })],
    ['bad JSON', '{"type":"save",'],
    ['an import into a path rather than a folder name', JSON.stringify({ type: 'saveImport', base: 'v1', template: '', segments: [], source: '', folder: '../../etc' })],
    ['an import into a folder named by an absolute path', JSON.stringify({ type: 'saveImport', base: 'v1', template: '', segments: [], source: '', folder: '/tmp/x' })],
  ])('refuses %s', (_what, text) => {
    expect(parseEditorMessage(text)).toBeUndefined();
  });

  it('the page drops a server message of the wrong shape', () => {
    expect(parseEditorServerMessage(JSON.stringify({ type: 'saved', version: 'v2' }))).toEqual({ type: 'saved', version: 'v2' });
    expect(parseEditorServerMessage(JSON.stringify({ type: 'saveRefused', reason: 'problems', problems: [{ severity: 'error', segment: 2, message: 'too long' }] }))?.type).toBe('saveRefused');
    expect(parseEditorServerMessage(JSON.stringify({ type: 'saveRefused', reason: 'because', problems: [] }))).toBeUndefined();
    expect(parseEditorServerMessage(JSON.stringify({ type: 'content', content: { version: 'v', folder: 'f', settings: {}, fileProblems: [], history: 0, segments: [{ id: 1 }] } }))).toBeUndefined();
  });
});

describe('the statement as edited, checked as statement.yaml is', () => {
  it('places each problem by segment and language: two ids alike, an empty segment, a text too long for the smallest screen', () => {
    const long = Array.from({ length: 300 }, () => 'solidarity').join(' ');
    const { problems, deck } = checkEditedStatement(
      [SEGMENT, { ...SEGMENT, text: { en: 'Again.' } }, { id: '2', kind: 'statement', text: {} }].map((segment) => ({ ...segment, kind: 'statement' as const })),
      DEFAULT_SETTINGS,
    );
    expect(deck).toBeUndefined();
    expect(problems.map((problem) => [problem.segment, problem.field, problem.severity])).toEqual([
      [1, 'id', 'error'],
      [2, undefined, 'error'],
    ]);
    const tooLong = checkEditedStatement([{ id: '1a', kind: 'statement', text: { en: long } }], DEFAULT_SETTINGS);
    expect(tooLong.problems).toEqual([expect.objectContaining({ severity: 'error', segment: 0, field: 'en', message: expect.stringContaining('too long to be read from across the room') })]);
  });

  it('warns where the slides part ways with the source text, and has a deck to show otherwise', () => {
    const checked = checkEditedStatement([{ id: '1a', kind: 'statement', text: { en: 'We stand with Palestine.' } }], DEFAULT_SETTINGS, 'We stand with all of Palestine.');
    expect(checked.deck?.slides).toHaveLength(1);
    expect(checked.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('differ from the source text') })]);
  });
});
