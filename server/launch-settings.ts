import { formatProblem } from '../common/content/problem';
import type { ParsedFlags } from '../common/host/flags';
import { checkSettings, type Settings } from '../common/settings/settings';
import { readSettingsFile, unreadableSettingsFile } from '../common/settings/settings-file';
import type { ThemeSettings } from '../common/settings/theme-settings';
import { readTextFile } from '../node/text-file';

/** The user's own settings file, in the app's data folder. */
export const USER_SETTINGS_FILE = 'settings.yaml';

/** The settings this launch runs with, and what was wrong on the way, one line each. */
export interface LayeredSettings {
  readonly settings: Settings;
  readonly problems: readonly string[];
  /** The settings the command line set (and set validly), which win over the saved show too. */
  readonly fromFlags: ReadonlySet<string>;
}

/** Reads the user settings file on top of `base`; a missing file is normal and says nothing. */
function layerUserFile(base: Settings, file: string, lastGoodTheme: ThemeSettings): { settings: Settings; problems: string[] } {
  const read = readTextFile(file);
  if (read.kind === 'missing') return { settings: base, problems: [] };
  if (read.kind === 'unreadable') return { settings: base, problems: unreadableSettingsFile(file, read).map(formatProblem) };
  const checked = readSettingsFile(file, read.text, base, lastGoodTheme);
  return { settings: checked.settings, problems: checked.problems.map(formatProblem) };
}

/**
 * The settings in order of precedence: the content folder's (`base`), then the user
 * settings file, then the command line, all checked by the one schema. A bad value
 * anywhere is reported, with its file and line or its flag, and costs only itself:
 * the value from the layer below stays, but for a colour pair too faint to read, which
 * goes back to `lastGoodTheme`: on a live edit, the colours on screen.
 */
export function layerSettings(base: Settings, userFile: string, flags: Pick<ParsedFlags, 'settingsOverrides' | 'written'>, lastGoodTheme: ThemeSettings = base): LayeredSettings {
  const user = layerUserFile(base, userFile, lastGoodTheme);
  const checked = checkSettings(flags.settingsOverrides, user.settings, lastGoodTheme);
  const refused = new Set(checked.problems.map((problem) => String(problem.path[0])));
  const flagProblems = checked.problems.map((problem) => {
    const written = flags.written[String(problem.path[0])];
    return formatProblem({ severity: problem.severity, file: 'command line', message: written === undefined ? problem.message : `${written}: ${problem.message}` });
  });
  return {
    settings: checked.settings,
    problems: [...user.problems, ...flagProblems],
    fromFlags: new Set(Object.keys(flags.settingsOverrides).filter((key) => !refused.has(key))),
  };
}
