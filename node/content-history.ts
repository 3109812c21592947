import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** The folder beside the content files where each save keeps the files it replaced. */
export const HISTORY_FOLDER = 'history';
/** Saves kept; the oldest goes when a new one comes. */
export const KEPT_SAVES = 50;

/** The texts of the files a save replaces, by file name (`statement.yaml`); `undefined` for a file that was not there. */
export type SavedFiles = Readonly<Record<string, string | undefined>>;

/** The versions of a content folder its saves replaced, newest last, in `<folder>/history/`. */
export interface ContentHistory {
  /** Keeps the files as they are before a save, and lets the oldest past `KEPT_SAVES` go. */
  keep(files: SavedFiles): void;
  /** The files as they were before the last save, or `undefined` when none is kept. */
  last(): SavedFiles | undefined;
  /** Forgets the last save's files, once they are put back. */
  dropLast(): void;
  count(): number;
}

/** A file that was not there is kept as this, so putting it back removes the file. */
const ABSENT_SUFFIX = '.absent';

/**
 * The history of a content folder: a folder per save, named by its time so they sort in
 * order (`2026-12-03T13-05-09.120Z-000`), holding the files as they were. Plain files a
 * person can open, compare and copy back by hand.
 */
export function openContentHistory(contentFolder: string, now: () => number = Date.now): ContentHistory {
  const root = join(contentFolder, HISTORY_FOLDER);
  const saves = (): string[] => {
    if (!existsSync(root)) return [];
    try {
      return readdirSync(root)
        .filter((name) => /^\d{4}-\d\d-\d\dT/u.test(name) && statSync(join(root, name)).isDirectory())
        .sort();
    } catch {
      // Not a folder, or not ours to read: no save is kept there (a save then says it cannot keep one).
      return [];
    }
  };
  return {
    keep(files) {
      const stamp = new Date(now()).toISOString().replace(/:/gu, '-');
      const taken = new Set(saves());
      let index = 0;
      while (taken.has(`${stamp}-${String(index).padStart(3, '0')}`)) index += 1;
      const folder = join(root, `${stamp}-${String(index).padStart(3, '0')}`);
      mkdirSync(folder, { recursive: true });
      for (const [name, text] of Object.entries(files)) {
        const kept = join(folder, text === undefined ? `${name}${ABSENT_SUFFIX}` : name);
        mkdirSync(dirname(kept), { recursive: true });
        writeFileSync(kept, text ?? '');
      }
      for (const old of saves().slice(0, -KEPT_SAVES)) rmSync(join(root, old), { recursive: true, force: true });
    },
    last() {
      const newest = saves().at(-1);
      if (newest === undefined) return undefined;
      const folder = join(root, newest);
      const files: Record<string, string | undefined> = {};
      // Names with their folders (`source/statement.txt`), as they were kept, `/` between.
      for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((entry) => entry.split(sep).join('/'))) {
        if (statSync(join(folder, name)).isDirectory()) continue;
        if (name.endsWith(ABSENT_SUFFIX)) files[name.slice(0, -ABSENT_SUFFIX.length)] = undefined;
        else files[name] = readFileSync(join(folder, name), 'utf8');
      }
      return files;
    },
    dropLast() {
      const newest = saves().at(-1);
      if (newest !== undefined) rmSync(join(root, newest), { recursive: true, force: true });
    },
    count: () => saves().length,
  };
}
