import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as Electron knows it (package.json `productName`): the data folder's name. */
export const APP_NAME = 'Yeondae';

/**
 * The app's data folder, where Electron's `app.getPath('userData')` puts it, so that the
 * show server run without Electron (`npm run serve`) keeps the same settings, saved
 * place, tokens and log: `~/.config/Yeondae` (or `$XDG_CONFIG_HOME/Yeondae`) on Linux,
 * `%APPDATA%\Yeondae` on Windows, `~/Library/Application Support/Yeondae` on macOS.
 */
export function defaultDataFolder(platform: string, env: Readonly<Record<string, string | undefined>>, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  const config = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, APP_NAME);
}
