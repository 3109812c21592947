import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Chromium-family browsers, by the names and places they are installed under. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'brave-browser'];
const MAC_APPS = ['Google Chrome', 'Chromium', 'Microsoft Edge', 'Brave Browser'];
const WINDOWS_APPS = ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'];

/** Where to look for a browser that can show the show in kiosk mode, first found wins. */
export function browserCandidates(platform: string, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') return MAC_APPS.map((app) => `/Applications/${app}.app/Contents/MacOS/${app}`);
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => root !== undefined && root !== '');
    return roots.flatMap((root) => WINDOWS_APPS.map((app) => join(root, app)));
  }
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  return folders.flatMap((folder) => NAMES.map((name) => join(folder, name)));
}

/**
 * The browser to show the show in: `YEONDAE_BROWSER` when set (a path, or `none` to
 * only print the address), else the first Chromium-family browser installed.
 */
export function findBrowser(platform: string, env: Readonly<Record<string, string | undefined>>, exists: (path: string) => boolean = existsSync): string | undefined {
  const chosen = env.YEONDAE_BROWSER;
  if (chosen === 'none') return undefined;
  if (chosen !== undefined && chosen !== '') return exists(chosen) ? chosen : undefined;
  return browserCandidates(platform, env).find(exists);
}

/**
 * A Chromium started as a kiosk on the show: fullscreen with no browser interface
 * (`--kiosk --app`), its own fresh profile (no first-run dialogs, no "restore pages"
 * bubble after a power cut, nothing of the user's browsing), no translation offers.
 */
export function kioskArguments(url: string, profileFolder: string): string[] {
  return [
    `--user-data-dir=${profileFolder}`,
    '--kiosk',
    `--app=${url}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-session-crashed-bubble',
    '--hide-crash-restore-bubble',
    '--disable-features=Translate',
    '--noerrdialogs',
    '--autoplay-policy=no-user-gesture-required',
  ];
}
