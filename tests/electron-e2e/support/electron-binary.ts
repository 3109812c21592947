import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ozoneSwitchForLaunch } from '../../../common/host/display-server';

/**
 * Where the Electron binary is, found the way `require('electron')` finds it but
 * without its side effect: when the binary is missing, that `require` starts a download.
 */
export function findElectronBinary(): { readonly path: string } | { readonly missing: string } {
  const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} is missing: the Electron binary was never installed` };
  const relative = readFileSync(pathFile, 'utf8');
  const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(folder, 'dist'), relative);
  return existsSync(path) ? { path } : { missing: `there is no Electron binary at ${path}` };
}

/** Says, visibly, why a real-Electron suite is skipped. */
export function warnSkipped(suite: string, binary: ReturnType<typeof findElectronBinary>): void {
  if ('missing' in binary) {
    console.warn(`[electron-e2e] skipping ${suite}: ${binary.missing} (run \`npx install-electron\` where the download is allowed)`);
  }
}

/** Chromium will not start its sandbox as root (as in a CI container); the flag is for tests only. */
export const ROOT_ARGS: readonly string[] = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

/**
 * The ozone switch a launcher gives (`ozoneSwitchForLaunch`): without it, on a Wayland
 * desktop the app would start itself again under X11, out of Playwright's reach.
 */
export const DISPLAY_ARGS: readonly string[] = [ozoneSwitchForLaunch({ platform: process.platform, commandLine: [], env: process.env })].filter(
  (arg): arg is string => arg !== undefined,
);

/**
 * An environment whose app data folder is a fresh one, so that the show saved by an
 * earlier run (or by the developer's own use) cannot decide where a test starts.
 * Electron takes the data folder from XDG_CONFIG_HOME on Linux, where these tests run.
 */
export function freshDataEnvironment(folder: string): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { ...env, XDG_CONFIG_HOME: folder };
}
