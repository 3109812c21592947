import { describe, expect, it } from 'vitest';
import { parseHexColor, type Rgb } from '../../../common/theme/color';
import { contrastRatio, formatContrast, relativeLuminance } from '../../../common/theme/contrast';

const color = (text: string): Rgb => {
  const rgb = parseHexColor(text);
  if (rgb === undefined) throw new Error(`not a colour: ${text}`);
  return rgb;
};

describe('relativeLuminance (WCAG 2.x)', () => {
  it('is 0 for black, 1 for white, and weighs green most, blue least', () => {
    expect(relativeLuminance(color('#000'))).toBe(0);
    expect(relativeLuminance(color('#fff'))).toBeCloseTo(1, 10);
    expect(relativeLuminance(color('#0f0'))).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance(color('#f00'))).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance(color('#00f'))).toBeCloseTo(0.0722, 4);
  });
});

describe('contrastRatio, against the values contrast checkers give', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#595959', '#ffffff', 7.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
    ['#808080', '#000000', 5.32],
  ])('%s and %s have %d:1', (a, b, expected) => {
    expect(Math.abs(contrastRatio(color(a), color(b)) - expected)).toBeLessThan(0.006);
  });

  it('is the same in either order, and 1:1 for a colour on itself', () => {
    expect(contrastRatio(color('#102030'), color('#f0f0f0'))).toBe(contrastRatio(color('#f0f0f0'), color('#102030')));
    expect(contrastRatio(color('#abcdef'), color('#abcdef'))).toBe(1);
  });
});

describe('formatContrast', () => {
  it('rounds down, so a pair just under 7:1 never reads as 7:1', () => {
    expect(formatContrast(6.999)).toBe('6.99:1');
    expect(formatContrast(21)).toBe('21:1');
    expect(formatContrast(contrastRatio(color('#777'), color('#fff')))).toBe('4.47:1');
  });
});
