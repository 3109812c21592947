import { describe, expect, it, vi } from 'vitest';
import { HEARTBEAT } from '../../common/ipc/heartbeat';
import { createHeartbeats } from '../../electron/heartbeat';
import { DEFAULT_WATCHDOG_TIMING, watchPage } from '../../electron/page-watchdog';
import { answerHeartbeats } from '../../electron/preload-heartbeat';
import { FakeIpcMain, FakeWindow } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';
import { MINUTE, recovering } from './support/recovery-harness';

/** One loaded window, watched on its own; `hung` and `gone` record what the watchdog reports. */
function watched(timing = DEFAULT_WATCHDOG_TIMING) {
  const ipcMain = new FakeIpcMain();
  const window = new FakeWindow(undefined, { main: ipcMain, preload: answerHeartbeats });
  void window.loadURL('app://yeondae/index.html');
  const reports: string[] = [];
  const log = recordingLogger();
  const events = { gone: (reason: string) => reports.push(`gone: ${reason}`), hung: (why: string) => reports.push(`hung: ${why}`) };
  const watch = watchPage(window.webContents, 'audience', events, { heartbeats: createHeartbeats(ipcMain), log, timing });
  return { ipcMain, contents: window.webContents, reports, log, watch };
}

describe('page watchdog', () => {
  it('leaves a page that keeps answering alone, however long it runs', async () => {
    const { windows, log } = recovering();
    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(windows[0]?.webContents.reloads).toBe(0);
    expect(log.lines).toEqual([]);
  });

  it('leaves no listener behind for 10,000 missed heartbeats (executeJavaScript left one per call)', async () => {
    const { ipcMain, contents, reports, watch } = watched({ ...DEFAULT_WATCHDOG_TIMING, hangAfterMs: Number.POSITIVE_INFINITY });
    await vi.advanceTimersByTimeAsync(0);
    const listeners = () => ({ contents: contents.listenerTotal(), ipcMain: [...ipcMain.listeners.values()].flat().length });
    const before = listeners();
    contents.hang();
    await vi.advanceTimersByTimeAsync(10_000 * DEFAULT_WATCHDOG_TIMING.heartbeatMs);
    expect(contents.sent.filter((message) => message.channel === HEARTBEAT.ping)).toHaveLength(10_000);
    expect(listeners()).toEqual(before);
    expect(reports).toEqual([]);
    watch.stop();
  });

  it('reports a page that has not answered for 20 s as hung', async () => {
    const { contents, reports } = watched();
    await vi.advanceTimersByTimeAsync(12_000);
    contents.hang();
    await vi.advanceTimersByTimeAsync(19_000);
    expect(reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(reports).toEqual(['hung: it has not answered main for 20 s']);
  });

  it('reports nothing for a page whose window closed while it was not responding, before the next heartbeat', async () => {
    const { contents, reports, log } = watched();
    await vi.advanceTimersByTimeAsync(1);
    contents.emit('unresponsive');
    // The heartbeat at 10 s finds the window open; it closes right after, just before the
    // 10 s of grace end at 10.001 s.
    await vi.advanceTimersByTimeAsync(9999);
    contents.close();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(contents.isDestroyed()).toBe(true);
    expect(reports).toEqual([]);
    expect(log.lines).toEqual(['warn: the audience page is not responding']);
  });

  it('does not count a page being debugged as hung', async () => {
    const { contents, reports } = watched();
    contents.hang();
    contents.devToolsOpened = true;
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(reports).toEqual([]);
  });

  it('does not take a page whose preload failed for hung, and watches it again once it loads again', async () => {
    const { contents, reports, log } = watched();
    await vi.advanceTimersByTimeAsync(0);
    contents.hang();
    contents.emit('preload-error', {}, '/app/dist/electron/preload.cjs', new Error('boom'));
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(reports).toEqual([]);
    expect(log.lines).toEqual(["warn: the audience page's preload (/app/dist/electron/preload.cjs) failed: boom. It cannot answer main, so it is not watched for hangs until it loads again"]);
    contents.emit('did-start-loading');
    await vi.advanceTimersByTimeAsync(25_000);
    expect(reports).toEqual(['hung: it has not answered main for 20 s']);
  });

  it('reports a page Chromium calls unresponsive once it stays so for ten seconds, not before', async () => {
    const { contents, reports, log } = watched();
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(5000);
    contents.emit('responsive');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(reports).toEqual([]);
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports).toEqual(['hung: it has not responded for 10 s']);
    expect(log.lines).toEqual(['warn: the audience page is not responding', 'info: the audience page responds again', 'warn: the audience page is not responding']);
  });
});
