import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogSink } from './logger';

export interface RotatingLogOptions {
  /** The folder, e.g. `<userData>/logs`; made when missing. */
  readonly folder: string;
  readonly name?: string;
  /** The size at which the file is set aside and a new one begun. */
  readonly maxBytes?: number;
  /** How many files to keep, the current one included. */
  readonly keep?: number;
  /** Told, once, that the file cannot be written (a full disk, a read-only folder). */
  readonly onFailure?: (error: unknown) => void;
}

/** A line longer than this is cut: one runaway message must not fill the log. */
export const MAX_LINE_BYTES = 8 * 1024;

/**
 * A log file that never grows past `keep` files of about `maxBytes` each
 * (`yeondae.log`, `yeondae.1.log`, `yeondae.2.log`), so a kiosk running for weeks
 * cannot fill its disk. Writes are synchronous: lines are few, and a line written just
 * before a crash is the one most worth having.
 */
export function createRotatingLogFile(options: RotatingLogOptions): LogSink & { readonly path: string } {
  const name = options.name ?? 'yeondae.log';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 3);
  const path = join(options.folder, name);
  const older = (index: number): string => join(options.folder, name.replace(/(\.log)?$/, `.${index}$1`));
  let folderMade = false;
  let failed = false;

  const rotate = (): void => {
    rmSync(older(keep - 1), { force: true });
    for (let index = keep - 2; index >= 1; index -= 1) {
      try {
        renameSync(older(index), older(index + 1));
      } catch {
        // That generation does not exist yet.
      }
    }
    if (keep > 1) renameSync(path, older(1));
    else rmSync(path, { force: true });
  };

  return {
    path,
    write(line) {
      let text = `${line}\n`;
      if (Buffer.byteLength(text) > MAX_LINE_BYTES) text = `${Buffer.from(text).subarray(0, MAX_LINE_BYTES - 20).toString()} [cut]\n`;
      const bytes = Buffer.byteLength(text);
      try {
        if (!folderMade) {
          // The log names the addresses of every screen and phone: the user's own, like the rest of the data folder.
          mkdirSync(options.folder, { recursive: true, mode: 0o700 });
          folderMade = true;
        }
        // Read each time, not counted: `npm run serve`'s supervisor and its server write the same file.
        const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
        if (size > 0 && size + bytes > maxBytes) rotate();
        appendFileSync(path, text, { mode: 0o600 });
      } catch (error) {
        // Keep trying later (a disk can be freed, a folder made again), but say so only once.
        folderMade = false;
        if (!failed) options.onFailure?.(error);
        failed = true;
      }
    },
  };
}
