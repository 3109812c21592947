import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStandInElectron, packLinuxDir } from '../packaging/stand-in-electron';
import { entryScript } from './built-index';

/** What the app ships, in bytes. */
export interface ShippedSizes {
  /** Every font file in the built renderer. */
  readonly fonts: number;
  /** The renderer's JavaScript and CSS. */
  readonly javaScript: number;
  /** The JavaScript index.html starts with, all the audience's first slide waits for (the views load after it). */
  readonly firstJavaScript: number;
  readonly css: number;
  /** `resources/app.asar`, as electron-builder packs it with the project's config. */
  readonly appAsar: number;
}

/** The total size of the files under `folder` whose names end in `extension`. */
function bytesOf(folder: string, extension: string): number {
  return readdirSync(folder).reduce((sum, name) => {
    const path = join(folder, name);
    return sum + (statSync(path).isDirectory() ? bytesOf(path, extension) : path.endsWith(extension) ? statSync(path).size : 0);
  }, 0);
}

/**
 * Weighs the built renderer, then packs the built app as `npm run package` does (unpacked,
 * for Linux, against a stand-in Electron, offline) into a temporary folder and weighs its
 * app.asar. Needs `npm run build` first.
 */
export async function shippedSizes(rendererFolder: string): Promise<ShippedSizes> {
  const scratch = mkdtempSync(join(tmpdir(), 'yeondae-bench-pack-'));
  try {
    const packed = await packLinuxDir(createStandInElectron(join(scratch, 'electron')), join(scratch, 'out'));
    return {
      fonts: bytesOf(rendererFolder, '.woff2'),
      javaScript: bytesOf(rendererFolder, '.js'),
      firstJavaScript: statSync(join(rendererFolder, entryScript(rendererFolder))).size,
      css: bytesOf(rendererFolder, '.css'),
      appAsar: statSync(join(packed.appOutDir, 'resources', 'app.asar')).size,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
