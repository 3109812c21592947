import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Where an export is written while it is made, and what makes it the real output, or takes it away. */
export interface PendingOutput {
  /** The file (a video) or folder (images) to write into while the export runs. */
  readonly path: string;
  /** Puts the finished output in its place, replacing an earlier export's. */
  commit(): void;
  /** Removes everything written, so that a failed or stopped export leaves nothing behind. */
  discard(): void;
}

/** An earlier export's image, which a new export of the same folder replaces. */
const EXPORTED_IMAGE = /^\d{2,}\.png$/u;

const reason = (error: unknown): string => (error instanceof Error && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error));

function isFolder(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** What is wrong with the folder `path` is to go in, or undefined. */
function parentProblem(option: string, given: string, path: string): string | undefined {
  const parent = dirname(path);
  const parentIsFolder = isFolder(parent);
  if (parentIsFolder === undefined) return `${option} ${given}: there is no folder ${parent}`;
  if (!parentIsFolder) return `${option} ${given}: ${parent} is a file, not a folder`;
  return undefined;
}

/**
 * Makes ready to write the video `given`: written to a file beside it (`.name.mp4.partial`,
 * on the same disk, so that it takes the name in one step), which becomes the video only
 * when it is complete. Writes that file at once, so that a place that cannot be written to
 * is said now, in one line, before any work. An existing video is replaced once the new
 * one is complete.
 */
export function prepareVideoFile(given: string): PendingOutput | string {
  const path = resolve(given);
  const problem = parentProblem('--video', given, path);
  if (problem !== undefined) return problem;
  if (isFolder(path) === true) return `--video ${given}: that is a folder; give the video's file name`;
  const partial = join(dirname(path), `.${basename(path)}.partial`);
  try {
    writeFileSync(partial, '');
  } catch (error) {
    return `--video ${given}: cannot write in ${dirname(path)} (${reason(error)})`;
  }
  return { path: partial, commit: () => renameSync(partial, path), discard: () => rmSync(partial, { force: true }) };
}

/**
 * Makes ready to write images into the folder `given` (made if it is not there; the
 * folder it is in must be): into a hidden folder inside it, whose images take their
 * names only when all are done. The folder's images of an earlier export (`01.png` …)
 * are then replaced, none left over from a longer one; its other files are left alone.
 */
export function prepareImageFolder(given: string): PendingOutput | string {
  const path = resolve(given);
  const problem = parentProblem('--images', given, path);
  if (problem !== undefined) return problem;
  const existed = isFolder(path);
  if (existed === false) return `--images ${given}: that is a file; give a folder for the images`;
  let partial: string;
  try {
    if (existed === undefined) mkdirSync(path);
    partial = mkdtempSync(join(path, '.yeondae-export-'));
  } catch (error) {
    return `--images ${given}: cannot write there (${reason(error)})`;
  }
  const discard = (): void => {
    rmSync(partial, { recursive: true, force: true });
    // The folder made for the export goes too, unless something else was put in it meanwhile.
    if (existed === undefined && readdirSync(path).length === 0) rmdirSync(path);
  };
  return {
    path: partial,
    commit() {
      for (const name of readdirSync(path)) if (EXPORTED_IMAGE.test(name)) rmSync(join(path, name));
      for (const name of readdirSync(partial)) renameSync(join(partial, name), join(path, name));
      rmdirSync(partial);
    },
    discard,
  };
}
