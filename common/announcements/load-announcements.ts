import { hasErrors, type ContentProblem } from '../content/problem';
import { parseYamlFile } from '../content/yaml-file';
import type { WrittenAnnouncement } from './announcement';
import { checkAnnouncements } from './announcements-schema';

/** The file of a content folder the organizers write their announcements in. */
export const ANNOUNCEMENTS_FILE = 'announcements.yaml';

/**
 * The announcements of a content folder, or why there are none. `ok` is false when the
 * file has an error: then no announcement of it may be shown, and the show keeps the
 * last good list. A folder with no such file has no announcements, which is no problem.
 */
export type LoadedAnnouncements =
  | { readonly ok: true; readonly announcements: readonly WrittenAnnouncement[]; readonly problems: readonly ContentProblem[] }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/**
 * Reads `announcements.yaml`'s text (`undefined` when the folder has none).
 *
 * @param fileName how the file is named in messages, e.g. `content/announcements.yaml`
 */
export function loadAnnouncements(text: string | undefined, fileName: string): LoadedAnnouncements {
  if (text === undefined) return { ok: true, announcements: [], problems: [] };
  const parsed = parseYamlFile(fileName, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const checked = checkAnnouncements(parsed.file.value);
  const problems = parsed.file.place(checked.problems);
  return hasErrors(problems) ? { ok: false, problems } : { ok: true, announcements: checked.announcements, problems };
}
