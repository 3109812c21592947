import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

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
 */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const file = openSync(temporary, 'w');
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
