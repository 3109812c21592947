import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { unicodeRangeOf } from '../../node/unicode-range';
import { PRETENDARD_REST_RANGE } from '../../renderer/fonts/pretendard-rest-range';
import { charactersOutside, codePointsOfRanges } from '../../tools/make-rest-font';

const slicesCss = readFileSync(createRequire(import.meta.url).resolve('pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'), 'utf8');

describe('the rest of Pretendard', () => {
  it('reads the code points of every unicode-range, single ones and spans alike', () => {
    const covered = codePointsOfRanges("@font-face { unicode-range: U+41-43, U+e3; }\n@font-face { unicode-range: U+AC00; }");
    expect([...covered].sort((a, b) => a - b)).toEqual([0x41, 0x42, 0x43, 0xe3, 0xac00]);
  });

  it('takes every printable character the slices do not cover, and none they do', () => {
    const rest = charactersOutside(codePointsOfRanges(slicesCss));
    expect(rest).toContain('ã');
    expect(rest).toContain('ó');
    expect(rest).toContain('ö');
    expect(rest).not.toContain('a');
    expect(rest).not.toContain('é');
    expect(rest).not.toContain('연');
    expect(rest).not.toContain('\n');
  });

  it('is committed for the pretendard package installed: run tools/make-rest-font.ts after updating it', () => {
    expect(PRETENDARD_REST_RANGE).toBe(unicodeRangeOf(charactersOutside(codePointsOfRanges(slicesCss))));
  });
});
