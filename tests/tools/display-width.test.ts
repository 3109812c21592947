import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, wrapToWidth } from '../../tools/display-width';

describe('displayWidth', () => {
  it('counts Hangul as two terminal columns and Latin as one', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('연대')).toBe(4);
    expect(displayWidth('FTA 협정')).toBe(8);
  });
});

describe('wrapToWidth', () => {
  it('breaks between words within the width', () => {
    expect(wrapToWidth('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps Korean within the width by columns, not characters', () => {
    for (const line of wrapToWidth('팔레스타인 해방을 위하여!', 10)) expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapToWidth('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('padToWidth', () => {
  it('pads by display columns', () => {
    expect(padToWidth('연대', 6)).toBe('연대  ');
  });
});
