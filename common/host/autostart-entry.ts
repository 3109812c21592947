import { ozoneSwitchForLogin } from './display-server';
import { launcherFile, type LaunchFacts } from './relaunch-command';

/** The file name of the app's XDG autostart entry. */
export const AUTOSTART_ENTRY_NAME = 'yeondae.desktop';

/** This launch, as starting the app at login needs it. */
export interface LoginFacts extends LaunchFacts {
  readonly platform: string;
  readonly isPackaged: boolean;
  /** The app folder, which `electron` needs after it in development. */
  readonly appPath: string;
}

/** What starts the app at login: the file that started it this time, and the arguments it needs. */
export function loginCommand(facts: LoginFacts): { readonly exec: string; readonly args: string[] } {
  const ozone = ozoneSwitchForLogin(facts);
  return {
    exec: launcherFile(facts) ?? facts.execPath,
    args: [...(facts.isPackaged ? [] : [facts.appPath]), ...(ozone === undefined ? [] : [ozone])],
  };
}

/**
 * The folder of this user's XDG autostart entries: `$XDG_CONFIG_HOME/autostart`, or
 * `~/.config/autostart` (Desktop Application Autostart Specification; a relative
 * `XDG_CONFIG_HOME` is to be ignored, says the Base Directory Specification).
 */
export function autostartFolder(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const config = env.XDG_CONFIG_HOME;
  if (config?.startsWith('/') === true) return `${config.replace(/\/+$/, '')}/autostart`;
  const home = env.HOME;
  return home === undefined || home === '' ? undefined : `${home.replace(/\/+$/, '')}/.config/autostart`;
}

/**
 * One argument of an `Exec` key, as the Desktop Entry Specification asks: `%` doubled; an
 * argument with a reserved character quoted, with `"`, `` ` ``, `$` and `\` escaped inside the
 * quotes; then the escapes of every string value (`\\`, `\n`, `\t`, `\r`) over the whole.
 */
export function execArgument(arg: string): string {
  const text = arg.replaceAll('%', '%%');
  const quoted = /^[\w@%+=:,./-]+$/.test(text) ? text : `"${text.replace(/["`$\\]/g, '\\$&')}"`;
  return quoted.replace(/[\\\n\t\r]/g, (char) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[char] ?? char);
}

/** The text of the XDG autostart entry that runs `command` when the user logs in. */
export function autostartEntry(command: { readonly exec: string; readonly args: readonly string[] }): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Yeondae',
    'Comment=Shows the statement of solidarity with Palestine when this user logs in',
    `Exec=${[command.exec, ...command.args].map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
