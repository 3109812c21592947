import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary `npm install` downloaded, or why there is none. Read the way
 * `node_modules/electron/index.js` reads it, without requiring that file: when the binary
 * is missing it tries to download it, which offline ends in a stack trace.
 */
export function findElectron(projectFolder: string, env: Readonly<Record<string, string | undefined>>): { readonly path: string } | { readonly missing: string } {
  const packageFolder = join(projectFolder, 'node_modules', 'electron');
  const pathFile = join(packageFolder, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override !== undefined && override !== '' ? join(override, executable ?? 'electron') : executable === undefined ? undefined : join(packageFolder, 'dist', executable);
  if (path !== undefined && existsSync(path)) return { path };
  const why =
    env.ELECTRON_SKIP_BINARY_DOWNLOAD !== undefined && env.ELECTRON_SKIP_BINARY_DOWNLOAD !== ''
      ? 'npm install skipped it (ELECTRON_SKIP_BINARY_DOWNLOAD is set)'
      : 'npm install could not download it (no network, or a blocked one)';
  return { missing: `Electron's own program is not installed: ${why}.` };
}
