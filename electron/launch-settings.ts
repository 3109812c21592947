import { readFileSync } from 'node:fs';
import { formatProblem } from '../common/content/problem';
import type { ParsedFlags } from '../common/host/flags';
import { checkSettings, type Settings } from '../common/settings/settings';
import { readSettingsFile } from '../common/settings/settings-file';

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
function layerUserFile(base: Settings, file: string): { settings: Settings; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: base, problems: [] };
    return { settings: base, problems: [formatProblem({ severity: 'warning', file, message: `cannot read this file (${String(error)}); it is ignored` })] };
  }
  const checked = readSettingsFile(file, text, base);
  return { settings: checked.settings, problems: checked.problems.map(formatProblem) };
}

/**
 * The settings in order of precedence: the content folder's (`base`), then the user
 * settings file, then the command line, all checked by the one schema. A bad value
 * anywhere is reported, with its file and line or its flag, and costs only itself:
 * the value from the layer below stays.
 */
export function layerSettings(base: Settings, userFile: string, flags: Pick<ParsedFlags, 'settingsOverrides' | 'written'>): LayeredSettings {
  const user = layerUserFile(base, userFile);
  const checked = checkSettings(flags.settingsOverrides, user.settings);
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
