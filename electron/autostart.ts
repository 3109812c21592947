import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AUTOSTART_ENTRY_NAME, autostartEntry, autostartFolder, loginCommand, type LoginFacts } from '../common/host/autostart-entry';
import type { LaunchFacts } from '../common/host/relaunch-command';
import type { AutostartChoice } from '../common/settings/host-settings';
import { writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';

/** Electron's login item settings, as far as the host uses them (Windows: `path` and `args`). */
interface LoginItem {
  openAtLogin: boolean;
  path?: string;
  args?: string[];
}

/** The parts of Electron's `app` that starting at login takes. */
export interface LoginItemApp {
  readonly isPackaged: boolean;
  getAppPath(): string;
  setLoginItemSettings(settings: LoginItem): void;
  getLoginItemSettings(options?: Omit<LoginItem, 'openAtLogin'>): { readonly openAtLogin: boolean };
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Linux: an XDG autostart entry, which desktops run at login (Electron's setLoginItemSettings does nothing there: browser_linux.cc). */
function setXdgAutostart(on: boolean, facts: LoginFacts, log: Logger): void {
  const folder = autostartFolder(facts.env);
  if (folder === undefined) {
    log.warn('cannot change starting at login: HOME is not set');
    return;
  }
  const file = join(folder, AUTOSTART_ENTRY_NAME);
  const wanted = on ? autostartEntry(loginCommand(facts)) : undefined;
  if (readText(file) === wanted) return;
  if (wanted === undefined) {
    rmSync(file, { force: true });
    log.info(`Yeondae no longer starts at login (removed ${file})`);
    return;
  }
  mkdirSync(folder, { recursive: true });
  writeFileAtomic(file, wanted);
  log.info(`Yeondae starts when this user logs in (${file})`);
}

/** Windows and macOS: Electron's login item (path and arguments count on Windows only). */
function setLoginItem(on: boolean, app: LoginItemApp, facts: LoginFacts, log: Logger): void {
  const command = loginCommand(facts);
  const target = facts.platform === 'win32' ? { path: command.exec, args: command.args } : {};
  if (app.getLoginItemSettings(target).openAtLogin === on) return;
  app.setLoginItemSettings({ openAtLogin: on, ...target });
  if (app.getLoginItemSettings(target).openAtLogin !== on) {
    // Electron's docs: on macOS an app that is not signed and notarized may silently fail to be a login item.
    log.warn(`the system did not ${on ? 'add Yeondae to' : 'remove Yeondae from'} its login items; do it in its settings (see the README)`);
    return;
  }
  log.info(on ? 'Yeondae starts when this user logs in' : 'Yeondae no longer starts at login');
}

/**
 * Carries out the `autostart` setting: `on` makes the app start when the user logs in (so a
 * screen comes back by itself after a power cut, once the machine logs in by itself), `off`
 * stops that, `unchanged` does nothing. A failure is logged and never stops the show.
 */
export function applyAutostart(choice: AutostartChoice, app: LoginItemApp, launch: LaunchFacts & { readonly platform: string }, log: Logger): void {
  if (choice === 'unchanged') return;
  const facts: LoginFacts = { ...launch, isPackaged: app.isPackaged, appPath: app.getAppPath() };
  try {
    if (launch.platform === 'linux') setXdgAutostart(choice === 'on', facts, log);
    else if (launch.platform === 'win32' || launch.platform === 'darwin') setLoginItem(choice === 'on', app, facts, log);
    else log.warn(`starting at login is not supported on ${launch.platform}`);
  } catch (error) {
    log.warn(`cannot change starting at login: ${String(error)}`);
  }
}
