import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../node/text-file';
import { EUC_KR_SETTINGS, LATIN1_STATEMENT } from '../support/hostile-content';

const NOT_UTF8 = /^this file is not UTF-8 text: this line has bytes that are not UTF-8 .*; save it as UTF-8$/u;

describe('decodeUtf8', () => {
  it('reads UTF-8 text in both languages, dropping a byte order mark', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFen: Free Palestine\nko: 팔레스타인 해방\n'))).toEqual({ kind: 'text', text: 'en: Free Palestine\nko: 팔레스타인 해방\n' });
  });

  it('refuses Latin-1 text instead of showing � on a slide, naming the line of the first bad byte', () => {
    expect(decodeUtf8(LATIN1_STATEMENT)).toEqual({ kind: 'unreadable', line: 3, message: expect.stringMatching(NOT_UTF8) });
  });

  it('refuses EUC-KR text, naming its line', () => {
    expect(decodeUtf8(EUC_KR_SETTINGS)).toMatchObject({ kind: 'unreadable', line: 1 });
  });

  it('names the last line when the file ends inside a character', () => {
    const cut = Buffer.from('a: 1\nb: 연대\n').subarray(0, -2);
    expect(decodeUtf8(cut)).toMatchObject({ kind: 'unreadable', line: 2 });
  });

  it('says so when the file is UTF-16', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFa: 1\n', 'utf16le'))).toEqual({ kind: 'unreadable', line: 1, message: 'this file is UTF-16 text; save it as UTF-8' });
  });
});
