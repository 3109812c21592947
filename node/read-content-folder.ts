import { join } from 'node:path';
import { CONTENT_FILES, type LoadedContent } from '../common/content/load-content';
import type { ThemeSettings } from '../common/settings/theme-settings';
import { loadContentFiles } from './load-content-files';
import { readTextFile } from './text-file';

/**
 * Reads and compiles a content folder from disk. A missing statement is reported as a
 * problem like any other, never thrown, so callers can fall back to their last good deck.
 * Messages name the folder as it was given: a relative folder (read from the current
 * one) stays relative, and an absolute one, such as a host's log needs, stays absolute.
 * `lastGoodTheme`: the colours to keep if the file's are too faint (see `loadContent`).
 */
export function readContentFolder(folder: string, lastGoodTheme?: ThemeSettings): LoadedContent {
  const shownAs = folderAsShown(folder);
  const read = (file: string) => readTextFile(join(folder, file));
  return loadContentFiles({ statement: read(CONTENT_FILES.statement), settings: read(CONTENT_FILES.settings), source: read(CONTENT_FILES.source) }, shownAs, lastGoodTheme);
}

/** A content folder as messages name it: as it was given, without a trailing slash. */
export function folderAsShown(folder: string): string {
  return folder.replace(/(?<=.)[/\\]+$/u, '');
}
