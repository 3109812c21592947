// Starts the whole host (runHost) on the fake Electron, in throwaway app and data
// folders, the way a person would launch the app: with some displays, some flags and
// whatever the last run left in the data folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ENTRY_URL, PRESENTER_URL } from '../../../electron/app-url';
import type { DisplayLike } from '../../../electron/display-watch';
import { runHost } from '../../../electron/host';
import { answerHeartbeats } from '../../../electron/preload-heartbeat';
import type { ShowWindowOptions } from '../../../electron/show-window';
import { FakeApp, FakeIpcMain, FakeStdout, FakePowerMonitor, FakePowerSaveBlocker, FakeProtocol, FakeScreen, FakeSession, FakeWindow, LAPTOP_SCREEN } from './fake-electron';
import { copyContentFolder } from '../../support/content-copy';
import { projectPath } from '../../support/project-content';
import { recordingLogger } from '../../support/recording-logger';
import { TINY_CONTENT } from '../../support/tiny-deck';

export interface HarnessOptions {
  readonly withContent?: boolean;
  readonly hasLock?: boolean;
  readonly displays?: DisplayLike[];
  readonly primaryId?: number;
  readonly argv?: string[];
  /** The text of `settings.yaml` in the data folder. */
  readonly userSettings?: string;
  /** Files the last run left in the data folder, by name. */
  readonly dataFiles?: Readonly<Record<string, string>>;
  readonly platform?: string;
  readonly env?: Record<string, string | undefined>;
  readonly isPackaged?: boolean;
  /** The data folder of an earlier launch, to launch again on it. */
  readonly userData?: string;
  /** The text of the content folder's settings.yaml. */
  readonly contentSettings?: string;
  readonly execPath?: string;
  /** macOS: whether the system accepts login items (`FakeProcess`). */
  readonly loginItemsAccepted?: boolean;
}

const folders: string[] = [];
const apps: FakeApp[] = [];

/** Quits every host started (stopping its timers) and removes its folders; for `afterEach`. */
export function cleanUpHosts(): void {
  for (const app of apps.splice(0)) app.quit();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

function scratch(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

/** The host started on fakes, not yet ready. */
export function startHost(options: HarnessOptions = {}) {
  const appFolder = scratch('yeondae-app-');
  mkdirSync(join(appFolder, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appFolder, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  if (options.withContent ?? true) copyContentFolder(projectPath('content'), join(appFolder, 'content'));
  if (options.contentSettings !== undefined) writeFileSync(join(appFolder, 'content', 'settings.yaml'), options.contentSettings);
  const userData = options.userData ?? scratch('yeondae-data-');
  if (options.userSettings !== undefined) writeFileSync(join(userData, 'settings.yaml'), options.userSettings);
  for (const [name, text] of Object.entries(options.dataFiles ?? {})) writeFileSync(join(userData, name), text);

  const argv = options.argv ?? [];
  const env = options.env ?? { DISPLAY: ':0' };
  const platform = options.platform ?? 'linux';
  const { execPath, loginItemsAccepted } = options;
  const stdout = new FakeStdout();
  const app = new FakeApp(appFolder, { userData, platform, env, commandLine: argv, stdout, ...(execPath === undefined ? {} : { execPath }), ...(loginItemsAccepted === undefined ? {} : { loginItemsAccepted }) });
  apps.push(app);
  app.hasLock = options.hasLock ?? true;
  app.isPackaged = options.isPackaged ?? false;
  const screen = new FakeScreen(options.displays ?? [LAPTOP_SCREEN], options.primaryId);
  const created: FakeWindow[] = [];
  const ipcMain = new FakeIpcMain();
  /** The main process's stderr, where Electron prints what it catches itself. */
  const stderr: string[] = [];
  const electron = {
    app,
    protocol: new FakeProtocol(app.calls),
    session: { defaultSession: new FakeSession() },
    ipcMain,
    menu: { setApplicationMenu: (menu: null) => void app.calls.push(`setApplicationMenu(${String(menu)})`) },
    screen,
    powerSaveBlocker: new FakePowerSaveBlocker(),
    powerMonitor: new FakePowerMonitor(),
    createWindow: (windowOptions: ShowWindowOptions) => {
      const window = new FakeWindow(windowOptions, { main: ipcMain, preload: answerHeartbeats, platform, list: app.windowList, stderr });
      created.push(window);
      // As in Electron, every new window's contents pass through the app's hook first.
      app.emit('web-contents-created', {}, window.webContents);
      return window;
    },
  };
  const log = recordingLogger();
  const printed: string[] = [];
  const running = runHost(electron, {
    preloadPath: '/app/dist/electron/preload.cjs',
    fallbackContent: TINY_CONTENT,
    log,
    argv,
    env,
    execPath: app.execPath,
    commandLine: argv,
    platform,
    print: (text) => {
      printed.push(text);
      return new Promise((resolve) => stdout.write(text, resolve));
    },
  });
  const open = (url: string) => created.filter((window) => !window.destroyed && window.loadedUrl === url);
  return {
    ...electron,
    created,
    stderr,
    /** The main process's standard output, a pipe: what reached its other end. */
    stdout,
    log,
    printed,
    running,
    userData,
    appFolder,
    /** The open audience windows, oldest first. */
    audienceWindows: () => open(APP_ENTRY_URL),
    presenterWindows: () => open(PRESENTER_URL),
  };
}

/** The host, started and ready, with its show running. */
export async function readyHost(options?: HarnessOptions) {
  const host = startHost(options);
  host.app.becomeReady();
  const show = await host.running;
  if (show === undefined) throw new Error(`the host did not start a show:\n${host.log.lines.join('\n')}`);
  const [audience] = host.audienceWindows();
  if (audience === undefined) throw new Error('the host opened no audience window');
  return { ...host, show, audience };
}
