import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Read and written by the app's own account only. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/**
 * Makes `folder` (and any folder above it that is missing) the user's own: 0700, even when
 * an older version made it 0755. On Windows, where modes mean little, the folder is only made.
 */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (process.platform !== 'win32') chmodSync(folder, PRIVATE_FOLDER_MODE);
}

/** What reading a JSON file found. */
export type JsonRead =
  | { readonly status: 'ok'; readonly value: unknown }
  | { readonly status: 'missing' }
  | { readonly status: 'unreadable'; readonly reason: string };

/** Reads a JSON file; a missing file is normal (the first launch), anything else is said, never thrown. */
export function readJsonFile(path: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { status: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { status: 'unreadable', reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Replaces `path` with `text` so that a reader (or the next launch, after a power cut)
 * finds either the old file or the new one, never half of one: the text goes to a
 * temporary file beside it, is flushed to disk, and is renamed over the old file.
 * Throws when it cannot write; the old file is then untouched.
 *
 * The app's files are its user's own: the file is readable by that account only (0600,
 * from the moment it exists, so no other account can open it between write and rename),
 * and a folder made for it is 0700. A file people share (the content folder's) passes its own `mode`.
 */
export function writeFileAtomic(path: string, text: string, mode: number = PRIVATE_FILE_MODE): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_FOLDER_MODE });
    rmSync(temporary, { force: true });
    const file = openSync(temporary, 'wx', mode);
    try {
      writeSync(file, text);
      fsyncSync(file);
    } finally {
      closeSync(file);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
