import { join, resolve } from 'node:path';
import { describeDisplay, leftToRight, planDisplays, type DisplayInfo } from '../common/host/display-plan';
import { parseExitKeys } from '../common/host/exit-keys';
import type { ParsedFlags } from '../common/host/flags';
import { DEFAULT_HOST_SETTINGS } from '../common/settings/host-settings';
import { createShowStore, type ShowStore } from '../common/show/show-store';
import { currentDisplays, watchDisplays } from './display-watch';
import { quitOnExitKeys } from './exit-keys';
import type { HostElectron, HostOptions, HostShowWindow } from './host';
import { createHostProblems, type HostProblems } from './host-problems';
import { registerIpcHandlers } from './ipc-handlers';
import { keepDisplaysAwake } from './keep-awake';
import { createKnownWindows } from './known-windows';
import { layerSettings, USER_SETTINGS_FILE } from './launch-settings';
import { RECOVERY_FILE, startRecovery, type RecoveryDeps } from './recovery';
import { loadShowContent } from './show-content';
import { readSavedShow, saveShowOnChange, SHOW_STATE_FILE, startingShow, type ShowFlags } from './show-persistence';
import { openShowWindow } from './show-window';
import { createShowWindows, type ShowWindows } from './show-windows';
import { broadcastHostProblems, broadcastSnapshots } from './snapshot-broadcast';

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
}

/** Logs each line of a problem source (each one the show runs on despite) and keeps them for the presenter view. */
function report(problems: HostProblems, source: string, lines: readonly string[], log: HostOptions['log']): void {
  for (const line of lines) log.warn(line);
  problems.set(source, lines);
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
  const problems = createHostProblems();

  const contentFolder = flags.contentFolder === undefined ? join(app.getAppPath(), 'content') : resolve(flags.contentFolder);
  const content = loadShowContent(contentFolder, options.fallbackContent, log);
  problems.set('content', content.problems);
  report(problems, 'flags', [...flags.problems, ...flags.notices], log);
  if (flags.passedOn.length > 0) log.info(`passed to Chromium: ${flags.passedOn.join(' ')}`);
  const layered = layerSettings(content.settings, join(userData, USER_SETTINGS_FILE), flags);
  report(problems, 'settings', layered.problems, log);
  const { settings } = layered;
  const showFlags: ShowFlags = Object.fromEntries((['mode', 'languages', 'autoLoop'] as const).filter((key) => layered.fromFlags.has(key)).map((key) => [key, settings[key]]));

  const stateFile = join(userData, SHOW_STATE_FILE);
  const start = startingShow(readSavedShow(stateFile, log), content.deck, settings, showFlags, Date.now());
  const store = createShowStore(content.deck, start.settings, start.initial === undefined ? {} : { initial: start.initial });
  const saver = saveShowOnChange(store, settings, stateFile, log);

  const known = createKnownWindows<W>();
  // The schema accepts only combinations that parse; the default is there for the type's sake.
  const exitKeys = parseExitKeys(settings.exitKeys) ?? parseExitKeys(DEFAULT_HOST_SETTINGS.exitKeys);
  let quitting = false;
  const recovery = startRecovery<W>({ windows: () => known.list(), app, historyFile: join(userData, RECOVERY_FILE), beforeRelaunch: () => saver.flush(), log });
  const windows = createShowWindows<W>({
    windowed: settings.windowed,
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
  registerIpcHandlers({ ipcMain: electron.ipcMain, windows: known, store, openPresenter: () => windows.openPresenter(), hostProblems: problems.list, log });
  broadcastSnapshots(store, known);
  broadcastHostProblems(problems, known);

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
      report(problems, 'display', plan.problem === undefined ? [] : [plan.problem], log);
      log.info(`displays: ${placement}`);
    }
    lastPlacement = placement;
    windows.place(plan);
  };
  place(currentDisplays(electron.screen));
  const stopWatchingDisplays = watchDisplays(electron.screen, place);
  const letDisplaysSleep = keepDisplaysAwake(electron.powerSaveBlocker, log);

  app.on('second-instance', () => {
    log.info('Yeondae was launched again: bringing the show forward');
    windows.bringForward();
  });
  app.on('before-quit', () => {
    quitting = true;
    saver.flush();
    saver.stop();
    stopWatchingDisplays();
    letDisplaysSleep();
    recovery.stop();
    store.dispose();
  });
  return { store, windows, problems };
}
