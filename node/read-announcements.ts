import { join } from 'node:path';
import { ANNOUNCEMENTS_FILE, loadAnnouncements, type LoadedAnnouncements } from '../common/announcements/load-announcements';
import { folderAsShown } from './read-content-folder';
import { readTextFile } from './text-file';

/**
 * Reads a content folder's `announcements.yaml` from disk, as UTF-8 (a file that is not is
 * an error with its line, like the statement's). Messages name the folder as it was given.
 */
export function readAnnouncements(folder: string): LoadedAnnouncements {
  const fileName = `${folderAsShown(folder)}/${ANNOUNCEMENTS_FILE}`;
  const file = readTextFile(join(folder, ANNOUNCEMENTS_FILE));
  if (file.kind === 'missing') return loadAnnouncements(undefined, fileName);
  if (file.kind === 'unreadable') return { ok: false, problems: [{ severity: 'error', file: fileName, line: file.line, message: file.message }] };
  return loadAnnouncements(file.text, fileName);
}
