import { join } from 'node:path';
import { createShowStore } from '../common/show/show-store';
import { registerAppScheme, serveAppProtocol, type AppProtocolHost } from './app-protocol';
import { openAudienceWindow, type AudienceWindow, type AudienceWindowOptions, type Bounds } from './audience-window';
import { registerIpcHandlers, type IpcMainLike } from './ipc-handlers';
import { createKnownWindows } from './known-windows';
import type { Logger } from './logger';
import { denyAllPermissions, guardWebContents, type GuardedContents, type PermissionSession } from './security';
import { loadShowContent, type ShowContent } from './show-content';
import { broadcastSnapshots } from './snapshot-broadcast';

/** The parts of Electron the host uses, passed in so that tests can hand it fakes. */
export interface HostElectron<W extends AudienceWindow> {
  readonly app: {
    readonly isPackaged: boolean;
    getAppPath(): string;
    enableSandbox(): void;
    requestSingleInstanceLock(): boolean;
    whenReady(): Promise<unknown>;
    quit(): void;
    on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown;
    on(event: 'second-instance' | 'window-all-closed', listener: () => void): unknown;
  };
  readonly protocol: AppProtocolHost;
  readonly session: { readonly defaultSession: PermissionSession };
  readonly ipcMain: IpcMainLike;
  readonly menu: { setApplicationMenu(menu: null): void };
  readonly screen: { getPrimaryDisplay(): { readonly bounds: Bounds } };
  /** `(options) => new BrowserWindow(options)`. */
  readonly createWindow: (options: AudienceWindowOptions) => W;
}

export interface HostOptions {
  /** The preload bundle, next to main's bundle. */
  readonly preloadPath: string;
  /** The content compiled in at build time, shown when the content folder is broken. */
  readonly fallbackContent: ShowContent;
  readonly log: Logger;
}

/**
 * Runs the app: the one show store in main, one audience window, and the locks around
 * them. Resolves once the window is open; `undefined` when another instance already
 * runs (a kiosk shows one show, so a second launch only brings the first to the front).
 */
export async function runHost<W extends AudienceWindow>(electron: HostElectron<W>, options: HostOptions): Promise<W | undefined> {
  const { app } = electron;
  const { log } = options;
  // Electron accepts these two only before `ready`.
  registerAppScheme(electron.protocol);
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
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

  const content = loadShowContent(join(appPath, 'content'), options.fallbackContent, log);
  const store = createShowStore(content.deck, content.settings);
  const windows = createKnownWindows<W>();
  registerIpcHandlers({ ipcMain: electron.ipcMain, windows, store, log });
  broadcastSnapshots(store, windows);

  const window = openAudienceWindow({
    createWindow: electron.createWindow,
    primaryDisplayBounds: electron.screen.getPrimaryDisplay().bounds,
    preloadPath: options.preloadPath,
    isPackaged: app.isPackaged,
    log,
  });
  windows.add(window);
  app.on('second-instance', () => window.focus());
  return window;
}
