import type { PathProblem } from '../content/yaml-file';
import { formatHexColor, parseHexColor } from '../theme/color';
import { contrastRatio, formatContrast, MIN_CONTRAST } from '../theme/contrast';
import { choiceField, type SettingField } from './setting-field';

/** The audience screen's colours: two built in, or the organizers' own (`custom`). */
export const THEMES = ['black', 'white', 'custom'] as const;
export type ThemeName = (typeof THEMES)[number];

/** Settings of the slides' colours, on the audience screen and wherever slides are drawn. */
export interface ThemeSettings {
  readonly theme: ThemeName;
  /** With `theme: custom`: the background, `#rrggbb`. */
  readonly backgroundColor: string;
  /** With `theme: custom`: the text, `#rrggbb`. */
  readonly textColor: string;
}

/** The colours of the built-in themes; `custom` takes `backgroundColor` and `textColor`. */
export const BUILT_IN_THEMES: Readonly<Record<Exclude<ThemeName, 'custom'>, { readonly background: string; readonly text: string }>> = {
  black: { background: '#000000', text: '#ffffff' },
  white: { background: '#ffffff', text: '#000000' },
};

export const DEFAULT_THEME_SETTINGS: ThemeSettings = {
  theme: 'black',
  backgroundColor: BUILT_IN_THEMES.black.background,
  textColor: BUILT_IN_THEMES.black.text,
};

const THEME_KEYS = ['theme', 'backgroundColor', 'textColor'] as const;

const colorField: SettingField<string> = {
  // YAML reads an unquoted `#` as the start of a comment, so the example shows the quotes.
  expected: 'a colour written "#rrggbb" or "#rgb", in quotes (e.g. backgroundColor: "#102030")',
  parse: (raw) => {
    const rgb = parseHexColor(raw);
    return rgb === undefined ? undefined : formatHexColor(rgb);
  },
  fromText: (text) => text,
};

export const THEME_SETTING_FIELDS: { readonly [K in keyof ThemeSettings]: SettingField<ThemeSettings[K]> } = {
  theme: choiceField(THEMES),
  backgroundColor: colorField,
  textColor: colorField,
};

/** The background and text colours the theme settings put on screen, as `#rrggbb`. */
export function themePair(settings: ThemeSettings): { readonly background: string; readonly text: string } {
  return settings.theme === 'custom' ? { background: settings.backgroundColor, text: settings.textColor } : BUILT_IN_THEMES[settings.theme];
}

/** Only the theme settings of a larger settings object (to keep or compare them). */
export function themeOf(settings: ThemeSettings): ThemeSettings {
  return { theme: settings.theme, backgroundColor: settings.backgroundColor, textColor: settings.textColor };
}

/**
 * Checks the theme as one layer of settings left it (`settings`), where `written` are the
 * settings that layer wrote itself. A built-in theme takes its own colours; other colours
 * written with it are reported (they would do nothing). A pair under WCAG AAA contrast is refused: the whole theme goes back
 * to `lastGood`, the colours on screen before (the default at start), and the problem
 * points at the colour the layer wrote.
 */
export function checkTheme(settings: ThemeSettings, written: ReadonlySet<string>, lastGood: ThemeSettings): { readonly theme: ThemeSettings; readonly problems: PathProblem[] } {
  const problems: PathProblem[] = [];
  if (settings.theme !== 'custom') {
    // A built-in theme's colours are its own: the settings say what is on screen, so checking them again finds nothing.
    const own = BUILT_IN_THEMES[settings.theme];
    const builtIn = { theme: settings.theme, backgroundColor: own.background, textColor: own.text };
    for (const key of ['backgroundColor', 'textColor'] as const) {
      if (written.has(key) && settings[key] !== builtIn[key]) {
        problems.push({ severity: 'warning', path: [key], message: `${key} is used only with theme: custom (the theme is ${settings.theme}); add theme: custom to use it` });
      }
    }
    return { theme: builtIn, problems };
  }
  const { background, text } = themePair(settings);
  const ratio = contrastRatio(parseHexColor(text) ?? { r: 0, g: 0, b: 0 }, parseHexColor(background) ?? { r: 0, g: 0, b: 0 });
  if (ratio >= MIN_CONTRAST) return { theme: themeOf(settings), problems };
  const kept = themePair(lastGood);
  const path = [[...THEME_KEYS].reverse().find((key) => written.has(key)) ?? 'theme'];
  problems.push({
    severity: 'warning',
    path,
    message:
      `textColor ${text} on backgroundColor ${background} has a contrast of ${formatContrast(ratio)}, under the ${MIN_CONTRAST}:1 ` +
      `that text read from across a room needs (WCAG AAA); keeping ${kept.text} on ${kept.background}`,
  });
  return { theme: themeOf(lastGood), problems };
}
