import { sep } from 'node:path';
import type { HostProblems } from './host-problems';

/** The folders a problem line may name, and what a page on the network is shown instead of each. */
export interface ProblemFolders {
  /** The content folder: its files are named relative to it (`statement.yaml:12: …`). */
  readonly content: string;
  /** The app's data folder (the user's settings file): `<data folder>/settings.yaml:3: …`. */
  readonly data: string;
}

const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The problems list as controllers on the network are sent it: the same lines, with this
 * computer's absolute paths (which say who its user is and how its disk is laid out) made
 * relative to the content folder, or to the data folder. The presenter view on this
 * computer keeps the full paths, as the log does.
 */
export function networkProblems(problems: Pick<HostProblems, 'list' | 'subscribe'>, folders: ProblemFolders): Pick<HostProblems, 'list' | 'subscribe'> {
  // The longer folder first, in case one is inside the other.
  const replacements = [
    { folder: folders.content, shown: '' },
    { folder: folders.data, shown: `<data folder>${sep}` },
  ]
    .sort((a, b) => b.folder.length - a.folder.length)
    .map(({ folder, shown }) => ({ pattern: new RegExp(escapeForPattern(folder.endsWith(sep) ? folder : `${folder}${sep}`), 'gu'), shown }));
  const relative = (line: string): string => replacements.reduce((text, { pattern, shown }) => text.replace(pattern, shown), line);
  const relativeList = (list: readonly string[]): readonly string[] => list.map(relative);
  return {
    list: () => relativeList(problems.list()),
    subscribe: (listener) => problems.subscribe((list) => listener(relativeList(list))),
  };
}
