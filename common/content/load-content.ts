import type { Deck } from '../deck/deck';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { readSettingsFile } from '../settings/settings-file';
import type { ThemeSettings } from '../settings/theme-settings';
import { checkAgainstSource, compileDeck } from './compile-deck';
import { hasErrors, type ContentProblem } from './problem';
import { checkStatement } from './statement-schema';
import { parseYamlFile } from './yaml-file';

/** The names of the files in a content folder, as shown in messages. */
export const CONTENT_FILES = {
  statement: 'statement.yaml',
  settings: 'settings.yaml',
  source: 'source/statement.txt',
} as const;

/** The text of a content folder's files; a missing optional file is `undefined`. */
export interface ContentTexts {
  readonly statement: string;
  readonly settings?: string;
  readonly source?: string;
}

export type LoadedContent =
  | { readonly ok: true; readonly deck: Deck; readonly settings: Settings; readonly problems: ContentProblem[] }
  | { readonly ok: false; readonly problems: ContentProblem[] };

/**
 * Reads a content folder's texts into a deck and settings. The load fails exactly when
 * a problem is an error, which only the statement can have: then the caller keeps its
 * last good deck. A problem in the settings is a warning and costs only the bad setting,
 * which keeps its default.
 *
 * @param folder how the folder is named in messages, e.g. `content`
 * @param lastGoodTheme the colours to keep when the file's are too faint to read: those on screen, on a live edit
 */
export function loadContent(texts: ContentTexts, folder = 'content', lastGoodTheme: ThemeSettings = DEFAULT_SETTINGS): LoadedContent {
  const name = (file: string): string => `${folder}/${file}`;
  const problems: ContentProblem[] = [];

  let settings = DEFAULT_SETTINGS;
  if (texts.settings !== undefined) {
    const checked = readSettingsFile(name(CONTENT_FILES.settings), texts.settings, DEFAULT_SETTINGS, lastGoodTheme);
    settings = checked.settings;
    problems.push(...checked.problems);
  }

  const parsed = parseYamlFile(name(CONTENT_FILES.statement), texts.statement);
  if (!parsed.ok) return { ok: false, problems: [...parsed.problems, ...problems] };
  const statement = checkStatement(parsed.file.value);
  const statementProblems = parsed.file.place(statement.problems);
  problems.push(...statementProblems);
  if (hasErrors(statementProblems)) return { ok: false, problems };

  const compiled = compileDeck(statement.segments, settings);
  problems.push(...parsed.file.place(compiled.problems));
  if (texts.source !== undefined) {
    const difference = checkAgainstSource(statement.segments, texts.source);
    if (difference !== undefined) {
      problems.push({ severity: 'warning', file: name(CONTENT_FILES.statement), message: difference });
    }
  }
  if (hasErrors(problems)) return { ok: false, problems };
  return { ok: true, deck: compiled.deck, settings, problems };
}
