import { CONTENT_FILES, loadContent, type LoadedContent } from '../common/content/load-content';
import type { ContentProblem } from '../common/content/problem';
import { unreadableSettingsFile } from '../common/settings/settings-file';
import type { ThemeSettings } from '../common/settings/theme-settings';
import type { TextFile } from './text-file';

/** The files of a content folder, as read. */
export type ContentFiles = Readonly<Record<keyof typeof CONTENT_FILES, TextFile>>;

/**
 * Loads a content folder's files once they are read. A statement that is missing or not
 * text is an error, and the show keeps its last good content; a settings file that is not
 * text is left out with a warning, and a source text that is not text is only not
 * compared with the slides.
 *
 * @param folder how the folder is named in messages
 * @param lastGoodTheme see `loadContent`
 */
export function loadContentFiles(files: ContentFiles, folder: string, lastGoodTheme?: ThemeSettings): LoadedContent {
  const name = (file: string): string => `${folder}/${file}`;
  const problem = (severity: ContentProblem['severity'], file: string, unreadable: { line?: number; message: string }, more = ''): ContentProblem => ({
    severity,
    file: name(file),
    ...(unreadable.line === undefined ? {} : { line: unreadable.line }),
    message: `${unreadable.message}${more}`,
  });
  const { statement, settings, source } = files;
  if (statement.kind === 'missing') return { ok: false, problems: [problem('error', CONTENT_FILES.statement, { message: 'cannot read this file (is the content folder right?)' })] };
  if (statement.kind === 'unreadable') return { ok: false, problems: [problem('error', CONTENT_FILES.statement, statement)] };

  const problems: ContentProblem[] = [];
  if (settings.kind === 'unreadable') problems.push(...unreadableSettingsFile(name(CONTENT_FILES.settings), settings));
  if (source.kind === 'unreadable') problems.push(problem('warning', CONTENT_FILES.source, source, '; the slides are not compared with it'));
  const loaded = loadContent(
    { statement: statement.text, ...(settings.kind === 'text' ? { settings: settings.text } : {}), ...(source.kind === 'text' ? { source: source.text } : {}) },
    folder,
    lastGoodTheme,
  );
  return { ...loaded, problems: [...problems, ...loaded.problems] };
}
