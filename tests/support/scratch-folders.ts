import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

/**
 * Temporary folders for the tests of one file. Call at the top of the file; returns the
 * function that makes a new folder. A folder made in a test is removed after that test; one
 * made outside a test (in a `beforeAll`, for a server or a build the file's tests share) is
 * removed after the file's last test, once the file's own `afterAll`s (registered after
 * this call, so run before it) have stopped what used it.
 */
export function useScratchFolders(prefix: string): () => string {
  const forTest: string[] = [];
  const forFile: string[] = [];
  let inTest = false;
  const remove = (folders: string[]): void => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  };
  beforeEach(() => {
    inTest = true;
  });
  afterEach(() => {
    inTest = false;
    remove(forTest);
  });
  afterAll(() => remove(forFile));
  return () => {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    (inTest ? forTest : forFile).push(folder);
    return folder;
  };
}
