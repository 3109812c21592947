import { join, relative } from 'node:path';
import { CONTENT_FILES, type LoadedContent } from '../common/content/load-content';
import { loadContentFiles } from './load-content-files';
import { readTextFile } from './text-file';

/**
 * Reads and compiles a content folder from disk. A missing statement is reported as a
 * problem like any other, never thrown, so callers can fall back to their last good deck.
 */
export function readContentFolder(folder: string): LoadedContent {
  const shownAs = relative(process.cwd(), folder) || '.';
  const read = (file: string) => readTextFile(join(folder, file));
  return loadContentFiles({ statement: read(CONTENT_FILES.statement), settings: read(CONTENT_FILES.settings), source: read(CONTENT_FILES.source) }, shownAs);
}
