import { isRecord } from '../content/is-record';
import { quote } from '../content/quote';
import type { PathProblem } from '../content/yaml-file';
import { DEFAULT_HOST_SETTINGS, HOST_SETTING_FIELDS, type HostSettings } from './host-settings';
import { DEFAULT_NETWORK_SETTINGS, NETWORK_SETTING_FIELDS, type NetworkSettings } from './network-settings';
import { DEFAULT_PRESENTER_SETTINGS, PRESENTER_SETTING_FIELDS, type PresenterSettings } from './presenter-settings';
import type { SettingField } from './setting-field';
import { DEFAULT_SHOW_SETTINGS, SHOW_SETTING_FIELDS, type ShowSettings } from './show-settings';
import { checkTheme, DEFAULT_THEME_SETTINGS, THEME_SETTING_FIELDS, type ThemeSettings } from './theme-settings';

/** Every setting, with its default; see `content/settings.yaml`. One schema for files, flags and addresses. */
export type Settings = ShowSettings & HostSettings & NetworkSettings & PresenterSettings & ThemeSettings;

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_SHOW_SETTINGS, ...DEFAULT_HOST_SETTINGS, ...DEFAULT_NETWORK_SETTINGS, ...DEFAULT_PRESENTER_SETTINGS, ...DEFAULT_THEME_SETTINGS };

/**
 * The fields by setting name. A `Map`, not an object: a settings file is written by
 * people, and a key named like an object's own machinery (`toString`, `constructor`,
 * `__proto__`) must find no field rather than a function of `Object.prototype`.
 */
const FIELDS: ReadonlyMap<string, SettingField<unknown>> = new Map(
  Object.entries({ ...SHOW_SETTING_FIELDS, ...HOST_SETTING_FIELDS, ...NETWORK_SETTING_FIELDS, ...PRESENTER_SETTING_FIELDS, ...THEME_SETTING_FIELDS }),
);

export interface SettingsCheck {
  readonly settings: Settings;
  readonly problems: PathProblem[];
}

/**
 * Checks settings from a file (or flags) on top of `base`. A bad value is reported and
 * the base value kept, so one typo never stops the show: every problem here is a warning.
 * A colour pair too faint to read goes back to `lastGoodTheme`: on a live edit, the
 * colours on screen; otherwise the layer below's.
 */
export function checkSettings(value: unknown, base: Settings = DEFAULT_SETTINGS, lastGoodTheme: ThemeSettings = base): SettingsCheck {
  const problems: PathProblem[] = [];
  if (value === null || value === undefined) return { settings: base, problems };
  if (!isRecord(value)) {
    problems.push({ severity: 'warning', path: [], message: 'settings must be a mapping of `name: value` lines' });
    return { settings: base, problems };
  }
  const chosen: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const field = FIELDS.get(key);
    if (field === undefined) {
      problems.push({ severity: 'warning', path: [key], message: `unknown setting ${quote(key)} (known: ${[...FIELDS.keys()].join(', ')})` });
      continue;
    }
    const parsed = field.parse(raw);
    if (parsed === undefined) {
      const kept = JSON.stringify((base as unknown as Record<string, unknown>)[key]);
      problems.push({ severity: 'warning', path: [key], message: `${key} must be ${field.expected}; keeping ${kept}` });
    } else {
      chosen[key] = parsed;
    }
  }
  let settings = { ...base, ...chosen } as Settings;
  if (settings.slideMinSeconds > settings.slideMaxSeconds) {
    problems.push({ severity: 'warning', path: ['slideMinSeconds'], message: 'slideMinSeconds is more than slideMaxSeconds; keeping both as they were' });
    settings = { ...settings, slideMinSeconds: base.slideMinSeconds, slideMaxSeconds: base.slideMaxSeconds };
  }
  const theme = checkTheme(settings, new Set(Object.keys(chosen)), lastGoodTheme);
  problems.push(...theme.problems);
  return { settings: { ...settings, ...theme.theme }, problems };
}

/** The field of a setting, for turning flags and address options into values. */
export function settingField(name: string): SettingField<unknown> | undefined {
  return FIELDS.get(name);
}

/** The language order that puts `first` in front and keeps the rest as they were. */
export function withFirstLanguage<T extends Pick<Settings, 'languages'>>(settings: T, first: T['languages'][number]): T {
  return { ...settings, languages: [first, ...settings.languages.filter((lang) => lang !== first)] };
}
