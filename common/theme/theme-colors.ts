import { BUILT_IN_THEMES, themePair, type ThemeSettings } from '../settings/theme-settings';
import { formatHexColor, mixColors, parseHexColor, type Rgb } from './color';
import { contrastRatio, MIN_CONTRAST } from './contrast';

/** The colours a view paints slides with, each `#rrggbb`. */
export interface ThemeColors {
  readonly background: string;
  readonly text: string;
  /** Quieter text (the second language when stacked, an organization's link), still at 7:1 or more. */
  readonly muted: string;
}

/** How far towards the background the quieter text goes at most (white on black gives #c8c8c8, as before themes). */
const MUTED_MIX = 0.215;

/** The strongest muting up to `MUTED_MIX` that keeps the text at `MIN_CONTRAST`: a faint pair gets less, or none. */
function mutedText(text: Rgb, background: Rgb): Rgb {
  for (let amount = MUTED_MIX; amount > 0; amount -= 0.01) {
    const muted = mixColors(text, background, amount);
    if (contrastRatio(muted, background) >= MIN_CONTRAST) return muted;
  }
  return text;
}

/**
 * The colours to paint with. Settings reach a view from the show (over IPC or a socket),
 * already checked; a pair that is not colours, or too faint, is still painted as the
 * black theme here, so no message from an older or broken show can make the text unreadable.
 */
export function themeColors(settings: ThemeSettings): ThemeColors {
  const known = settings.theme === 'white' || settings.theme === 'custom';
  const pair = known ? themePair(settings) : BUILT_IN_THEMES.black;
  const background = parseHexColor(pair.background);
  const text = parseHexColor(pair.text);
  if (background === undefined || text === undefined || contrastRatio(text, background) < MIN_CONTRAST) {
    return themeColors({ theme: 'black', backgroundColor: '', textColor: '' });
  }
  return { background: formatHexColor(background), text: formatHexColor(text), muted: formatHexColor(mutedText(text, background)) };
}
