import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../common/content/load-content';
import { formatProblem } from '../../../common/content/problem';
import { describeValue, oneLine, quote } from '../../../common/content/quote';

// Found by the fuzz test (tests/node/content-fuzz.test.ts): messages quoted what a file
// held as it was, line breaks, direction marks and megabytes included, and naming a
// value with String() threw on a mapping with a `toString` key.
describe('quote', () => {
  it('keeps a message on one line, in order, showing what is really there', () => {
    expect(quote('a\nb\r\tc')).toBe('"a\\nb\\r\\tc"');
    expect(quote('\u200B\u202Eevil\u2028')).toBe('"\\u200B\\u202Eevil\\u2028"');
    expect(quote('half \uD800 a pair')).toBe('"half \\uD800 a pair"');
    expect(quote('팔레스타인 ✊🏽 Palestine')).toBe('"팔레스타인 ✊🏽 Palestine"');
  });

  it('cuts a long text short, escapes counted', () => {
    expect(quote('x'.repeat(5_000_000))).toBe(`"${'x'.repeat(40)}…"`);
    expect(oneLine('\u200B'.repeat(100), 30)).toBe(`${'\\u200B'.repeat(5)}…`);
  });
});

describe('describeValue', () => {
  it('names any value without asking it to name itself', () => {
    expect(describeValue({ toString: 1 })).toBe('a mapping');
    expect(describeValue(Object.create(null))).toBe('a mapping');
    expect(describeValue([1, 2])).toBe('a list');
    expect([describeValue(null), describeValue(3), describeValue(false), describeValue('poem')]).toEqual(['null', '3', 'false', '"poem"']);
  });
});

describe('messages about content', () => {
  it('report a kind written as a mapping with a toString key, instead of throwing', () => {
    const loaded = loadContent({ statement: 'segments:\n  - id: a\n    kind: {toString: 1}\n    en: A.\n' });
    expect(loaded.problems.map(formatProblem)).toEqual(['content/statement.yaml:3: error: segment "a" has kind a mapping; it must be one of: statement, signature, organizations, closing, read-along']);
  });

  it('name a key with a line break in it on one line', () => {
    const loaded = loadContent({ statement: 'segments:\n  - id: a\n    en: A.\n', settings: '"mode\\r": stacked\n"\\u2028": 1\n' });
    const lines = loaded.problems.map(formatProblem);
    expect(lines.map((line) => line.split(/[\n\r\u2028]/u).length)).toEqual([1, 1]);
    expect(lines[0]).toMatch(/^content\/settings\.yaml:1: warning: unknown setting "mode\\r" /u);
  });

  it('quote the file back briefly when the YAML library quotes it in its message', () => {
    const loaded = loadContent({ statement: `segments:\n}  - "${'\\u200B'.repeat(500)}"\n` });
    for (const problem of loaded.problems) expect(problem.message.length).toBeLessThanOrEqual(260);
  });
});
