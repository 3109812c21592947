import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';
import { unreadableText } from '../../../common/content/readable-text';

/** A statement whose one segment has `en` written as a double-quoted YAML string, escapes and all. */
const statementWith = (escapedEnglish: string, extra = ''): string => `segments:\n  - id: one\n    en: "${escapedEnglish}"\n    ko: 하나.\n${extra}`;

describe('unreadableText', () => {
  it.each([
    ['English with a dash and quotes', 'Free Palestine — “from the river to the sea”'],
    ['Korean with Latin inside', '팔레스타인 해방을 위하여, Free Palestine!'],
    ['an emoji made of a surrogate pair', 'Solidarity ✊🏽'],
    ['lines and tabs a block scalar keeps', 'one\ntwo\tthree'],
    ['Arabic between direction marks', 'Free \u200Fفلسطين\u200F'],
  ])('reads %s', (_name, text) => {
    expect(unreadableText(text)).toBeUndefined();
  });

  it.each([
    ['only zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF', /^shows nothing/u],
    ['only direction marks and a non-breaking space', '\u200E\u202E\u00A0', /^shows nothing/u],
    ['only combining marks, with nothing to sit on', '\u0301\u0308', /^shows nothing/u],
    ['a lone surrogate', 'Free \uD800 Palestine', /^has a broken character/u],
    ['the replacement character', 'Caf\uFFFD', /^has the character �/u],
    ['a control character', 'Free\u0007 Palestine', /^has a control character/u],
  ])('refuses text with %s', (_name, text, reason) => {
    expect(unreadableText(text)).toMatch(reason);
  });
});

describe('the statement check', () => {
  it('refuses a segment whose text is only zero-width characters, instead of showing a blank slide', () => {
    const loaded = loadContent({ statement: statementWith('\\u200B\\u200B\\u200D') });
    expect(loaded.ok).toBe(false);
    expect(loaded.problems.map(formatProblem)).toEqual([
      'content/statement.yaml:3: error: segment "one": the en text shows nothing: it has only spaces, zero-width characters or direction marks',
    ]);
  });

  it('refuses a lone surrogate written as an escape', () => {
    expect(loadContent({ statement: statementWith('One \\uDC00') }).problems.map(formatProblem).join('\n')).toContain(
      'statement.yaml:3: error: segment "one": the en text has a broken character',
    );
  });

  it('checks the signatory and the organizations as it checks the texts', () => {
    const signature = 'segments:\n  - id: sign\n    kind: signature\n    en: Signed,\n    signatory: "\\u200B"\n';
    const organizations = 'segments:\n  - id: orgs\n    kind: organizations\n    en: Orgs\n    organizations:\n      - name: "\\x00"\n';
    expect(loadContent({ statement: signature }).problems.map(formatProblem)).toEqual([
      'content/statement.yaml:5: error: segment "sign": the signatory shows nothing: it has only spaces, zero-width characters or direction marks',
    ]);
    expect(loadContent({ statement: organizations }).problems.map(formatProblem)).toEqual([
      'content/statement.yaml:6: error: segment "orgs": organization 1 has a control character (an escape such as \\x07 or \\0), which shows as nothing or as a box',
    ]);
  });
});
