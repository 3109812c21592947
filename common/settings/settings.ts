import { LANGUAGES, isLanguage, type Language } from '../deck/deck';
import { isRecord } from '../content/is-record';
import type { PathProblem } from '../content/yaml-file';

/** How the show runs. Every field has a default; see `content/settings.yaml`. */
export interface Settings {
  /** Language order: each segment is shown in these languages, first to last. */
  readonly languages: readonly Language[];
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['en', 'ko'],
};

export interface SettingsCheck {
  readonly settings: Settings;
  readonly problems: PathProblem[];
}

/**
 * Checks a parsed settings file on top of `base`. A bad value is reported and the base
 * value kept, so one typo never stops the show.
 */
export function checkSettings(value: unknown, base: Settings = DEFAULT_SETTINGS): SettingsCheck {
  const problems: PathProblem[] = [];
  if (value === null || value === undefined) return { settings: base, problems };
  if (!isRecord(value)) {
    problems.push({ severity: 'error', path: [], message: 'settings must be a mapping of `name: value` lines' });
    return { settings: base, problems };
  }
  let settings = base;
  for (const [key, raw] of Object.entries(value)) {
    if (key === 'languages') {
      const languages = parseLanguageOrder(raw);
      if (languages === undefined) {
        problems.push({
          severity: 'error',
          path: [key],
          message: `languages must list each of ${LANGUAGES.join(', ')} once, e.g. [en, ko]; keeping [${settings.languages.join(', ')}]`,
        });
      } else {
        settings = { ...settings, languages };
      }
    } else {
      problems.push({ severity: 'error', path: [key], message: `unknown setting "${key}" (known: languages)` });
    }
  }
  return { settings, problems };
}

function parseLanguageOrder(raw: unknown): Language[] | undefined {
  if (!Array.isArray(raw) || raw.length !== LANGUAGES.length || !raw.every(isLanguage)) return undefined;
  return new Set(raw).size === raw.length ? raw : undefined;
}

/** The language order that puts `first` in front and keeps the rest as they were. */
export function withFirstLanguage(settings: Settings, first: Language): Settings {
  return { ...settings, languages: [first, ...settings.languages.filter((lang) => lang !== first)] };
}
