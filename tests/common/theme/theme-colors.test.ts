import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { parseHexColor } from '../../../common/theme/color';
import { contrastRatio } from '../../../common/theme/contrast';
import { themeColors } from '../../../common/theme/theme-colors';

const custom = (backgroundColor: string, textColor: string) => themeColors({ theme: 'custom', backgroundColor, textColor });
const ratio = (a: string, b: string) => contrastRatio(parseHexColor(a) ?? { r: 0, g: 0, b: 0 }, parseHexColor(b) ?? { r: 0, g: 0, b: 0 });

describe('themeColors', () => {
  it('paints the black theme as before themes existed: white, and #c8c8c8 for quieter text', () => {
    expect(themeColors(DEFAULT_SETTINGS)).toEqual({ background: '#000000', text: '#ffffff', muted: '#c8c8c8' });
  });

  it('keeps the quieter text of every pair at 7:1 or more, muting less where the pair has less to spare', () => {
    for (const [background, text] of [['#ffffff', '#000000'], ['#102030', '#f0f0f0'], ['#ffffff', '#595959'], ['#3a0000', '#ffe0c0']] as const) {
      const colors = custom(background, text);
      expect(ratio(colors.muted, colors.background), `${text} on ${background}`).toBeGreaterThanOrEqual(7);
    }
    expect(custom('#ffffff', '#595959').muted).toBe('#595959');
    expect(custom('#ffffff', '#000000').muted).not.toBe('#000000');
  });

  it('paints a pair that is not colours, or too faint, as the black theme', () => {
    const black = themeColors(DEFAULT_SETTINGS);
    expect(custom('#ffffff', '#777777')).toEqual(black);
    expect(custom('navy', '#ffffff')).toEqual(black);
    expect(themeColors({ theme: 'nonsense' as 'black', backgroundColor: '', textColor: '' })).toEqual(black);
  });
});
