import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies the content folder `from` to `to`, then writes `files` (file name → contents) over
 * the copy, for a test that edits or breaks content without touching the original.
 * Returns `to`.
 */
export function copyContentFolder(from: string, to: string, files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  cpSync(from, to, { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(join(to, name), data);
  return to;
}
