import { describe, expect, it } from 'vitest';
import { unicodeRangeOf } from '../../node/unicode-range';

describe('unicodeRangeOf', () => {
  it('lists the code points in order, consecutive ones as one range', () => {
    expect(unicodeRangeOf('cab, 연대!')).toBe('U+20-21, U+2C, U+61-63, U+B300, U+C5F0');
  });

  it('counts a character once however often it appears, and one outside the BMP as one code point', () => {
    expect(unicodeRangeOf('aaa🇵🇸')).toBe('U+61, U+1F1F5, U+1F1F8');
  });

  it('is empty for no characters', () => {
    expect(unicodeRangeOf('')).toBe('');
  });
});
