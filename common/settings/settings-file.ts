import type { ContentProblem } from '../content/problem';
import { parseYamlFile } from '../content/yaml-file';
import { checkSettings, type Settings } from './settings';
import type { ThemeSettings } from './theme-settings';

/** The settings a file leaves, and what was wrong with it. */
export interface SettingsFileCheck {
  readonly settings: Settings;
  /** Warnings only: see `readSettingsFile`. */
  readonly problems: ContentProblem[];
}

/**
 * Reads the text of a settings file (the content folder's or the user's) on top of
 * `base`. Nothing in a settings file can keep the statement off the screen, so every
 * problem in one is a warning: a bad value keeps the one from `base`, and a file that is
 * not YAML at all is left out whole, every setting keeping the value from `base`.
 * A refused colour pair keeps `lastGoodTheme` (see `checkSettings`).
 */
export function readSettingsFile(fileName: string, text: string, base: Settings, lastGoodTheme: ThemeSettings = base): SettingsFileCheck {
  const parsed = parseYamlFile(fileName, text);
  if (!parsed.ok) {
    return { settings: base, problems: [...parsed.problems.map(asWarning), ignoredWhole(fileName)] };
  }
  const checked = checkSettings(parsed.file.value, base, lastGoodTheme);
  return { settings: checked.settings, problems: parsed.file.place(checked.problems) };
}

/** The problems of a settings file that is there but is not text (not UTF-8, say): it is left out whole. */
export function unreadableSettingsFile(fileName: string, reason: { readonly line?: number; readonly message: string }): ContentProblem[] {
  return [{ severity: 'warning', file: fileName, ...(reason.line === undefined ? {} : { line: reason.line }), message: reason.message }, ignoredWhole(fileName)];
}

/** The line that says a whole settings file was left out, after the problems that made it so. */
function ignoredWhole(fileName: string): ContentProblem {
  return { severity: 'warning', file: fileName, message: 'this file is ignored until it is fixed: every setting in it keeps its value from before' };
}

function asWarning(problem: ContentProblem): ContentProblem {
  return { ...problem, severity: 'warning' };
}
