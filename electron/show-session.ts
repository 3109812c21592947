import { join } from 'node:path';
import { describeDisplay, leftToRight, planDisplays, type DisplayInfo } from '../common/host/display-plan';
import { parseExitKeys } from '../common/host/exit-keys';
import type { ParsedFlags } from '../common/host/flags';
import { DEFAULT_HOST_SETTINGS } from '../common/settings/host-settings';
import type { Settings } from '../common/settings/settings';
import type { ShowStore } from '../common/show/show-store';
import { currentDisplays, watchDisplays } from './display-watch';
import { quitOnExitKeys } from './exit-keys';
import type { HostElectron, HostOptions, HostShowWindow } from './host';
import type { HostProblems } from '../server/host-problems';
import { registerIpcHandlers } from './ipc-handlers';
import { keepDisplaysAwake } from './keep-awake';
import { createKnownWindows } from './known-windows';
import { RECOVERY_FILE, startRecovery, type RecoveryDeps } from './recovery';
import { openShowOwner, reportProblems } from '../server/show-owner';
import { openShowWindow } from './show-window';
import { createShowWindows, type ShowWindows } from './show-windows';
import { broadcastHostProblems, broadcastNetwork, broadcastSnapshots } from './snapshot-broadcast';
import { embedShowServer } from './embedded-server';
import { finishInBackground } from './finish-in-background';

/** What of Electron's `app` the running show uses. */
export interface SessionApp extends Pick<RecoveryDeps<HostShowWindow>['app'], 'relaunch' | 'exit'> {
  readonly isPackaged: boolean;
  getAppPath(): string;
  getPath(name: 'userData'): string;
  quit(): void;
  on(event: 'second-instance' | 'window-all-closed' | 'before-quit', listener: () => void): unknown;
  on(event: 'child-process-gone', listener: (event: unknown, details: { readonly type: string; readonly reason: string }) => void): unknown;
}

/** The show once it runs, for main and for tests. */
export interface RunningShow<W extends HostShowWindow> {
  readonly store: ShowStore;
  readonly windows: ShowWindows<W>;
  readonly problems: HostProblems;
  /** The settings this launch runs with. */
  readonly settings: Settings;
  /** What main's last resort (`last-resort.ts`) calls when errors keep coming: `Recovery.mainFailing`. */
  readonly mainFailing: (why: string) => void;
}

/**
 * Starts the show once the app is ready: content and settings (content folder < user
 * settings file < flags), the show restored from the last run, the one store, and the
 * windows on their displays, kept there, kept awake, and brought back when they fail.
 */
export function startShow<W extends HostShowWindow>(electron: HostElectron<W>, options: HostOptions, flags: ParsedFlags): RunningShow<W> {
  const { app } = electron;
  const { log } = options;
  const userData = app.getPath('userData');
  const owner = openShowOwner({
    builtInContentFolder: join(app.getAppPath(), 'content'),
    fallbackContent: options.fallbackContent,
    dataFolder: userData,
    flags,
    log,
  });
  const { store, problems, settings } = owner;

  const known = createKnownWindows<W>();
  // The schema accepts only combinations that parse; the default is there for the type's sake.
  const exitKeys = parseExitKeys(settings.exitKeys) ?? parseExitKeys(DEFAULT_HOST_SETTINGS.exitKeys);
  let quitting = false;
  const recovery = startRecovery<W>({ windows: () => known.list(), app, launch: options, ipcMain: electron.ipcMain, historyFile: join(userData, RECOVERY_FILE), beforeRelaunch: () => owner.flush(), log });
  const windows = createShowWindows<W>({
    windowed: settings.windowed,
    fullscreenOneAtATime: options.platform === 'darwin',
    log,
    open(request) {
      const window = openShowWindow({ createWindow: electron.createWindow, preloadPath: options.preloadPath, isPackaged: app.isPackaged, log }, request);
      known.add(window);
      if (exitKeys !== undefined) quitOnExitKeys(window.webContents, exitKeys, settings.exitKeys, () => app.quit(), log);
      recovery.watch(window, request.role);
      return window;
    },
    onAudienceClosed() {
      if (quitting) return;
      log.info('the audience window was closed: ending the show');
      app.quit();
    },
  });
  const watchingFiles = owner.watchFiles();
  const network = embedShowServer(owner, { appFolder: app.getAppPath(), dataFolder: userData, log });
  registerIpcHandlers({ ipcMain: electron.ipcMain, windows: known, store, openPresenter: () => windows.openPresenter(), hostProblems: problems.list, network, log });
  broadcastSnapshots(store, known);
  broadcastHostProblems(problems, known);
  broadcastNetwork(network, known);

  // Said once per change: a task bar resizing a work area fires events that change nothing.
  let lastPlacement: string | undefined;
  const place = (displays: DisplayInfo[]): void => {
    const plan = planDisplays(displays, settings);
    if (plan === undefined) {
      log.warn('no display is connected: the windows stay where they are until one is');
      return;
    }
    const ordered = leftToRight(displays);
    const where = (display: DisplayInfo | undefined) => (display === undefined ? 'none' : describeDisplay(display, ordered));
    const placement = `audience on ${where(plan.audience)}${plan.mirrors.map((mirror) => ` and ${where(mirror)}`).join('')}; presenter on ${where(plan.presenter)}`;
    if (placement !== lastPlacement) {
      reportProblems(problems, 'display', plan.problem === undefined ? [] : [plan.problem], log);
      log.info(`displays: ${placement}`);
    }
    lastPlacement = placement;
    windows.place(plan);
  };
  place(currentDisplays(electron.screen));
  const stopWatchingDisplays = watchDisplays(electron.screen, place);
  const letDisplaysSleep = keepDisplaysAwake(electron.powerSaveBlocker, electron.powerMonitor, log);

  app.on('second-instance', () => {
    log.info('Yeondae was launched again: bringing the show forward');
    windows.bringForward();
  });
  app.on('before-quit', () => {
    quitting = true;
    stopWatchingDisplays();
    letDisplaysSleep();
    recovery.stop();
    finishInBackground(() => network.close(), 'close the show server', log);
    finishInBackground(() => watchingFiles.stop(), 'stop watching the content files', log);
    owner.close();
  });
  return { store, windows, problems, settings, mainFailing: (why) => recovery.mainFailing(why) };
}
