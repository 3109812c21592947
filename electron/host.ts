import { join } from 'node:path';
import { parseFlags, usage } from '../common/host/flags';
import type { LaunchFacts } from '../common/host/relaunch-command';
import { registerAppScheme, serveAppProtocol, type AppProtocolHost } from './app-protocol';
import { applyAutostart, type LoginItemApp } from './autostart';
import type { ScreenLike } from './display-watch';
import type { KeyedContents } from './exit-keys';
import type { IpcMainLike } from './ipc-handlers';
import type { PowerMonitorLike, PowerSaveBlockerLike } from './keep-awake';
import type { Logger } from '../node/logger';
import type { RecoverableWindow } from './recovery';
import { denyAllPermissions, guardWebContents, type GuardedContents, type PermissionSession } from './security';
import type { ShowContent } from '../server/show-content';
import { serveWithoutWindows } from './serve-mode';
import { startShow, type RunningShow, type SessionApp } from './show-session';
import type { ShowWindow, ShowWindowOptions } from './show-window';
import { runUnderX11, type DisplayServerApp } from './x11-relaunch';

/** A window as the whole host needs it. */
export type HostShowWindow = ShowWindow & RecoverableWindow & { readonly webContents: KeyedContents };

/** The parts of Electron the host uses, passed in so that tests can hand it fakes. */
export interface HostElectron<W extends HostShowWindow> {
  readonly app: SessionApp &
    DisplayServerApp &
    LoginItemApp & {
      enableSandbox(): void;
      requestSingleInstanceLock(): boolean;
      whenReady(): Promise<unknown>;
      on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
    };
  readonly protocol: AppProtocolHost;
  readonly session: { readonly defaultSession: PermissionSession };
  readonly ipcMain: IpcMainLike;
  readonly menu: { setApplicationMenu(menu: null): void };
  readonly screen: ScreenLike;
  readonly powerSaveBlocker: PowerSaveBlockerLike;
  /** Electron's `powerMonitor`, read only once the app is ready. */
  readonly powerMonitor: PowerMonitorLike;
  /** `(options) => new BrowserWindow(options)`. */
  readonly createWindow: (options: ShowWindowOptions) => W;
}

export interface HostOptions extends LaunchFacts {
  /** The preload bundle, next to main's bundle. */
  readonly preloadPath: string;
  /** The content compiled in at build time, shown when the content folder is broken. */
  readonly fallbackContent: ShowContent;
  readonly log: Logger;
  /** The app's own arguments: `process.argv` without the executable (and the app folder in development). */
  readonly argv: readonly string[];
  readonly platform: string;
  /** Where `--help` goes: standard output. Resolves once the text is written. */
  readonly print: (text: string) => Promise<void>;
}

/**
 * Runs the app: reads the flags, sets up what Electron accepts only before `ready` (X11,
 * the app scheme, the sandbox, the single-instance lock), then starts the show
 * (`show-session.ts`) and carries out the `autostart` setting. Resolves to the running
 * show once its windows are open; `undefined` when the app only printed `--help`,
 * relaunches itself under X11, or another instance already runs (a kiosk shows one show,
 * so a second launch only brings the first to the front).
 */
export async function runHost<W extends HostShowWindow>(electron: HostElectron<W>, options: HostOptions): Promise<RunningShow<W> | undefined> {
  const { app } = electron;
  const { log } = options;
  const flags = parseFlags(options.argv);
  if (flags.help) {
    // Before `ready`, app.exit() calls C exit() at once (Browser::ExitWithCode,
    // shell/browser/browser.cc at 96f3996d8d), which would drop what Node has not yet written
    // to a pipe (`yeondae --help | less`): exit once the text is out.
    await options.print(usage());
    app.exit(0);
    return undefined;
  }
  if (flags.serve) {
    await serveWithoutWindows(app, options, flags);
    return undefined;
  }
  // Electron accepts these only before `ready`.
  if (runUnderX11(app, options, log)) return undefined;
  registerAppScheme(electron.protocol);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    log.info('Yeondae is already running: bringing its show forward instead');
    app.quit();
    return undefined;
  }
  // Every WebContents, including any the app did not mean to create, is kept on the app.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
  app.on('window-all-closed', () => app.quit());
  await app.whenReady();

  const appPath = app.getAppPath();
  serveAppProtocol(electron.protocol, join(appPath, 'dist', 'renderer'));
  denyAllPermissions(electron.session.defaultSession, log);
  electron.menu.setApplicationMenu(null);
  const show = startShow(electron, options, flags);
  applyAutostart(show.settings.autostart, app, options, log);
  return show;
}
