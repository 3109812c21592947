import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_FILES, loadContent, type LoadedContent } from '../common/content/load-content';

/**
 * Reads and compiles a content folder from disk. A missing statement is reported as a
 * problem like any other, never thrown, so callers can fall back to their last good deck.
 */
export function readContentFolder(folder: string): LoadedContent {
  const shownAs = relative(process.cwd(), folder) || '.';
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(join(folder, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const statement = read(CONTENT_FILES.statement);
  if (statement === undefined) {
    return {
      ok: false,
      problems: [
        { severity: 'error', file: `${shownAs}/${CONTENT_FILES.statement}`, message: 'cannot read this file (is the content folder right?)' },
      ],
    };
  }
  const settings = read(CONTENT_FILES.settings);
  const source = read(CONTENT_FILES.source);
  return loadContent({ statement, ...(settings !== undefined ? { settings } : {}), ...(source !== undefined ? { source } : {}) }, shownAs);
}
