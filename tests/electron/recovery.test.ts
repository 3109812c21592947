import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRecovery } from '../../electron/recovery';
import { FakeApp, FakeWindow, recordingLogger } from './support/fake-electron';

const MINUTE = 60_000;
const folders: string[] = [];
const running: { stop(): void }[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 25, 18, 0));
});
afterEach(() => {
  for (const recovery of running.splice(0)) recovery.stop();
  vi.useRealTimers();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Recovery watching `count` windows, with its history in a fresh data folder (or `historyFile`). */
function recovering(count = 1, historyFile?: string) {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-recovery-'));
  folders.push(folder);
  const app = new FakeApp(folder);
  const windows = Array.from({ length: count }, () => new FakeWindow());
  const log = recordingLogger();
  const flushed: string[] = [];
  const file = historyFile ?? join(folder, 'recovery.json');
  const recovery = startRecovery({ windows: () => windows.filter((window) => !window.destroyed), app, historyFile: file, beforeRelaunch: () => flushed.push('flush'), log });
  windows.forEach((window, index) => recovery.watch(window, index === 0 ? 'audience' : 'presenter'));
  running.push(recovery);
  return { app, windows, log, flushed, recovery, file };
}

describe('recovery', () => {
  it('reloads a page whose process crashed, was killed or ran out of memory, and logs it', async () => {
    const { windows, log } = recovering();
    const [window] = windows;
    for (const reason of ['crashed', 'killed', 'oom']) {
      window?.webContents.crash(reason);
      await vi.advanceTimersByTimeAsync(20 * MINUTE);
    }
    expect(window?.webContents.reloads).toBe(3);
    expect(log.lines[0]).toBe("error: the audience page's process is gone (crashed, exit code 139); reloading");
  });

  it("does not count a renderer that exited cleanly: Electron lists 'clean-exit' as a normal reason", async () => {
    const { windows, log, file } = recovering();
    windows[0]?.webContents.crash('clean-exit');
    expect(windows[0]?.webContents.reloads).toBe(0);
    expect(log.lines).toEqual(["info: the audience page's process ended normally (clean-exit)"]);
    expect(() => readFileSync(file, 'utf8')).toThrow(/ENOENT/);
  });

  it('reloads only the window that failed', async () => {
    const { windows } = recovering(2);
    windows[1]?.webContents.crash();
    expect(windows.map((window) => window.webContents.reloads)).toEqual([0, 1]);
  });

  it('leaves a closed window alone', async () => {
    const { windows, log } = recovering();
    windows[0]?.close();
    for (const reason of ['clean-exit', 'crashed']) windows[0]?.webContents.crash(reason);
    expect(windows[0]?.webContents.reloads).toBe(0);
    expect(log.lines).toEqual([]);
  });

  it('reloads every window when the GPU process is gone, and only logs other helpers', async () => {
    const { app, windows, log } = recovering(2);
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'crashed' });
    expect(windows.map((window) => window.webContents.reloads)).toEqual([0, 0]);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    expect(windows.map((window) => window.webContents.reloads)).toEqual([1, 1]);
    expect(log.lines).toEqual(['warn: a Utility process is gone (crashed)', 'error: the GPU process is gone (crashed); reloading']);
  });

  it('relaunches the app, after saving the show, when three reloads in ten minutes did not help', async () => {
    const { app, windows, flushed, log } = recovering();
    for (let crash = 0; crash < 4; crash += 1) {
      windows[0]?.webContents.crash();
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    expect(windows[0]?.webContents.reloads).toBe(3);
    expect(flushed).toEqual(['flush']);
    expect(app.calls).toEqual(['relaunch', 'exit(0)']);
    expect(log.lines.at(-1)).toMatch(/3 reloads within 10 min did not help: relaunching the app$/);
  });

  it('counts relaunches across processes, and after three in an hour cools down instead of relaunching again', async () => {
    let history: string | undefined;
    for (let run = 0; run < 3; run += 1) {
      const { app, windows, file, recovery } = recovering(1, history);
      for (let crash = 0; crash < 4; crash += 1) windows[0]?.webContents.crash();
      expect(app.calls, `run ${run}`).toEqual(['relaunch', 'exit(0)']);
      // The process has exited: its watchers are gone with it.
      recovery.stop();
      history = file;
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    const { app, windows, log } = recovering(1, history);
    for (let crash = 0; crash < 5; crash += 1) windows[0]?.webContents.crash();
    expect(app.calls).toEqual([]);
    expect(windows[0]?.webContents.reloads).toBe(3);
    expect(log.lines.at(-2)).toMatch(/3 relaunches within 60 min did not help: leaving the show alone for 15 min, then reloading$/);
    expect(log.lines.at(-1)).toMatch(/cooling down until .*, doing nothing$/);
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(windows[0]?.webContents.reloads).toBe(4);
    expect(log.lines.at(-1)).toBe('info: the cool-down is over: reloading every window');
  });

  it('starts afresh from a history file it cannot read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'yeondae-recovery-'));
    folders.push(folder);
    const file = join(folder, 'recovery.json');
    writeFileSync(file, '{"relaunches": [');
    const { windows } = recovering(1, file);
    windows[0]?.webContents.crash();
    expect(windows[0]?.webContents.reloads).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ reloads: [Date.now()] });
  });
});

describe('hung pages', () => {
  it('restarts a page that stops answering main, in a new process, counting it once', async () => {
    const { windows, log } = recovering();
    const contents = windows[0]?.webContents;
    if (contents === undefined) throw new Error('no window');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.pings).toBeGreaterThan(0);
    contents.pageAnswers = 'hang';
    await vi.advanceTimersByTimeAsync(25_000);
    expect([contents.crashesForced, contents.reloads]).toEqual([1, 1]);
    expect(log.lines).toEqual([
      'error: the audience page is hung: it has not answered main for 20 s; reloading',
      'info: the hung audience page was stopped (killed, exit code 9)',
    ]);
  });

  it('leaves a page that keeps answering alone, however long it runs', async () => {
    const { windows, log } = recovering();
    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(windows[0]?.webContents.reloads).toBe(0);
    expect(log.lines).toEqual([]);
  });

  it('does not count a page being debugged as hung', async () => {
    const { windows } = recovering();
    const contents = windows[0]?.webContents;
    if (contents === undefined) throw new Error('no window');
    contents.pageAnswers = 'hang';
    contents.devToolsOpened = true;
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(contents.reloads).toBe(0);
  });

  it("restarts a page Chromium calls unresponsive once it stays so for ten seconds, not before", async () => {
    const { windows, log } = recovering();
    const contents = windows[0]?.webContents;
    if (contents === undefined) throw new Error('no window');
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(5000);
    contents.emit('responsive');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(contents.reloads).toBe(0);
    contents.emit('unresponsive');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(contents.reloads).toBe(1);
    expect(log.lines).toContain('error: the audience page is hung: it has not responded for 10 s; reloading');
  });
});
