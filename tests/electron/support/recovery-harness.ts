// Recovery (electron/recovery.ts) watching fake windows whose pages answer the heartbeat
// through the real preload code, on fake time, with its history in a throwaway folder.
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { useScratchFolders } from '../../support/scratch-folders';
import { answerHeartbeats } from '../../../electron/preload-heartbeat';
import { startRecovery } from '../../../electron/recovery';
import type { FakeProcess } from './fake-app';
import { FakeApp, FakeIpcMain, FakeWindow } from './fake-electron';
import { recordingLogger } from '../../support/recording-logger';

export const MINUTE = 60_000;
const running: { stop(): void }[] = [];

/** Fresh folders, each removed after the test that made it. */
export const scratchFolder = useScratchFolders('yeondae-recovery-');

// Importing this file gives the test file fake time from a fixed moment, and stops every
// recovery after each test.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 25, 18, 0));
});
afterEach(() => {
  for (const recovery of running.splice(0)) recovery.stop();
  vi.useRealTimers();
});

export interface RecoveringOptions {
  /** How many windows; the first is the audience, the others presenters. */
  readonly count?: number;
  /** The history file of an earlier run, to go on from it. */
  readonly historyFile?: string | undefined;
  readonly appImage?: FakeProcess['appImage'];
  /** Whether saving the show before a relaunch throws. */
  readonly saveFails?: boolean;
}

/** Recovery watching loaded windows, with its history in a fresh folder unless given. */
export function recovering({ count = 1, historyFile, appImage, saveFails = false }: RecoveringOptions = {}) {
  const folder = scratchFolder();
  const app = new FakeApp(folder, appImage === undefined ? {} : { appImage });
  const ipcMain = new FakeIpcMain();
  const windows = Array.from({ length: count }, () => new FakeWindow(undefined, { main: ipcMain, preload: answerHeartbeats }));
  for (const window of windows) void window.loadURL('app://yeondae/index.html');
  const log = recordingLogger();
  const flushed: string[] = [];
  const file = historyFile ?? join(folder, 'recovery.json');
  const live = () => windows.filter((window) => !window.destroyed);
  const env = appImage === undefined ? {} : { APPIMAGE: appImage.file, APPDIR: appImage.mount };
  const launch = { execPath: app.execPath, commandLine: ['--loop'], env };
  const recovery = startRecovery({ windows: live, app, launch, ipcMain, historyFile: file, beforeRelaunch: () => {
      if (saveFails) throw new Error('EROFS: read-only file system');
      flushed.push('flush');
    },
    log,
  });
  windows.forEach((window, index) => recovery.watch(window, index === 0 ? 'audience' : 'presenter'));
  running.push(recovery);
  return { app, ipcMain, windows, log, flushed, recovery, file };
}

/** Lets the tasks Electron would run next (events, IPC) run. */
export const settle = (): Promise<void> => vi.advanceTimersByTimeAsync(0).then(() => undefined);
