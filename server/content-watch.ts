import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { watch } from 'chokidar';
import type { Logger } from '../node/logger';

/** Changes within this long of each other are one save (an editor writes, renames, touches). */
export const SAVE_SETTLE_MS = 250;

/** Files being watched: `ready` once the watcher has looked at them all (edits before that may be missed). */
export interface FileWatch {
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Calls `onSave` once a watched file was saved, created or deleted, however the editor
 * saves: in place (truncate and write) or by writing a copy and renaming it over the
 * file (chokidar's `atomic` handling), debounced so one save is one call. Missing files
 * are watched for their creation: the watcher watches their folders (chokidar does not
 * watch a path that does not exist yet) and lets through only these files. A folder
 * that does not exist when the show starts (a content folder with no `source/`) is not
 * watched.
 */
export function watchContentFiles(files: readonly string[], onSave: () => void, log: Logger): FileWatch {
  const wanted = new Set(files.map((file) => resolve(file)));
  // Only folders that exist: chokidar 4 watching a missing folder can miss events in its parent.
  const folders = [...new Set([...wanted].map((file) => dirname(file)))].filter((folder) => existsSync(folder));
  const watcher = watch(folders, { ignoreInitial: true, atomic: true, persistent: true, depth: 0 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, path) => {
    if (!wanted.has(resolve(path))) return;
    clearTimeout(timer);
    timer = setTimeout(onSave, SAVE_SETTLE_MS);
  });
  watcher.on('error', (error) => log.warn(`cannot watch the content files for edits: ${error instanceof Error ? error.message : String(error)}`));
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    async stop() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
