import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MINUTE, recovering, scratchFolder, settle } from './support/recovery-harness';

describe('recovery', () => {
  it('reloads a page whose process crashed, was killed or ran out of memory, and logs it', async () => {
    const { windows, log } = recovering();
    const [window] = windows;
    for (const reason of ['crashed', 'killed', 'oom']) {
      window?.webContents.crash(reason);
      await vi.advanceTimersByTimeAsync(20 * MINUTE);
    }
    expect(window?.webContents.reloads).toBe(3);
    expect(window?.webContents.renderer).toBe('live');
    expect(log.lines[0]).toBe("error: the audience page's process is gone (crashed, exit code 139); reloading");
  });

  it("does not count a renderer that exited cleanly: Electron lists 'clean-exit' as a normal reason", async () => {
    const { windows, log, file } = recovering();
    windows[0]?.webContents.crash('clean-exit');
    await settle();
    expect(windows[0]?.webContents.reloads).toBe(0);
    expect(log.lines).toEqual(["info: the audience page's process ended normally (clean-exit)"]);
    expect(() => readFileSync(file, 'utf8')).toThrow(/ENOENT/);
  });

  it('reloads only the window that failed', async () => {
    const { windows } = recovering({ count: 2 });
    windows[1]?.webContents.crash();
    await settle();
    expect(windows.map((window) => window.webContents.reloads)).toEqual([0, 1]);
  });

  it('leaves a closed window alone', async () => {
    const { windows, log } = recovering();
    const contents = windows[0]?.webContents;
    windows[0]?.close();
    await settle();
    for (const reason of ['clean-exit', 'crashed']) contents?.crash(reason);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(contents?.reloads).toBe(0);
    expect(log.lines).toEqual([]);
  });

  it('leaves the windows alone when the GPU process is gone, since Chromium restarts it, and reloads only one that then stops answering', async () => {
    const { app, windows, log, file } = recovering({ count: 2 });
    await settle();
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'crashed' });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    expect(log.lines).toEqual([
      'warn: a Utility process is gone (crashed)',
      'warn: a GPU process is gone (crashed); Chromium starts a new one, and a window that does not come back is reloaded',
    ]);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(windows.map((window) => window.webContents.reloads)).toEqual([0, 0]);
    expect(() => readFileSync(file, 'utf8')).toThrow(/ENOENT/);
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    windows[1]?.webContents.hang();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(windows.map((window) => window.webContents.reloads)).toEqual([0, 1]);
  });

  it('relaunches the app, after saving the show, when three reloads in ten minutes did not help', async () => {
    const { app, windows, flushed, log } = recovering();
    for (let crash = 0; crash < 4; crash += 1) {
      if (crash > 0) await vi.advanceTimersByTimeAsync(MINUTE);
      windows[0]?.webContents.crash();
      await settle();
    }
    expect(windows[0]?.webContents.reloads).toBe(3);
    expect(flushed).toEqual(['flush']);
    expect(app.calls).toEqual(['relaunch', 'exit(0)']);
    expect(log.lines.at(-1)).toMatch(/3 reloads within 10 min did not help: relaunching the app$/);
  });

  it('relaunches an AppImage from its file, since the mount it runs from is gone once it exits (electron-builder#1727, #4650)', async () => {
    const appImage = { file: '/home/kiosk/Yeondae.AppImage', mount: '/tmp/.mount_YeondaXYZ' };
    const plain = recovering();
    const packed = recovering({ appImage });
    for (const { windows } of [plain, packed]) {
      for (let crash = 0; crash < 4; crash += 1) {
        windows[0]?.webContents.crash();
        await settle();
      }
    }
    expect(plain.app.relaunches).toEqual([{ execPath: '/opt/Yeondae/yeondae', args: 'same', starts: true }]);
    expect(packed.app.relaunches).toEqual([{ execPath: appImage.file, args: ['--loop'], starts: true }]);
  });

  it('counts relaunches across processes, and after three in an hour cools down instead of relaunching again', async () => {
    const crashFourTimes = async (window: { webContents: { crash(): void } } | undefined) => {
      for (let crash = 0; crash < 4; crash += 1) {
        window?.webContents.crash();
        await settle();
      }
    };
    let history: string | undefined;
    for (let run = 0; run < 3; run += 1) {
      const { app, windows, file, recovery } = recovering({ historyFile: history });
      await crashFourTimes(windows[0]);
      expect(app.calls, `run ${run}`).toEqual(['relaunch', 'exit(0)']);
      // The process has exited: its watchers are gone with it.
      recovery.stop();
      history = file;
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    const { app, windows, log } = recovering({ count: 2, historyFile: history });
    await crashFourTimes(windows[0]);
    expect(app.calls).toEqual([]);
    expect(log.lines.at(-1)).toMatch(/3 relaunches within 60 min did not help: leaving the show alone for 15 min, then reloading$/);
    windows[1]?.webContents.crash();
    await settle();
    expect(log.lines.at(-1)).toMatch(/cooling down until .*, doing nothing$/);
    expect(windows.map((window) => window.webContents.reloads)).toEqual([3, 0]);
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(windows.map((window) => window.webContents.reloads)).toEqual([4, 1]);
    expect(log.lines.at(-1)).toBe('info: the cool-down is over: reloading every window');
  });

  it('relaunches the app, after saving the show, when errors keep coming in main, and reloads no page first: a reload cannot mend main', () => {
    const { app, windows, flushed, log, recovery, file } = recovering();
    recovery.mainFailing('more than 10 errors in the main process within 60 s');
    expect(windows[0]?.webContents.reloads).toBe(0);
    expect(flushed).toEqual(['flush']);
    expect(app.calls).toEqual(['relaunch', 'exit(0)']);
    expect(log.lines).toEqual(['error: more than 10 errors in the main process within 60 s: relaunching the app']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ relaunches: [Date.now()] });
  });

  it('relaunches for errors in main even when the show cannot be saved first', () => {
    const { app, log, recovery } = recovering({ saveFails: true });
    recovery.mainFailing('more than 10 errors in the main process within 60 s');
    expect(app.calls).toEqual(['relaunch', 'exit(0)']);
    expect(log.lines.at(-1)).toBe('warn: cannot save the show before relaunching: Error: EROFS: read-only file system');
  });

  it('keeps the app running, instead of relaunching in a loop, when errors in main go on after three relaunches in an hour; a page that crashes then is still reloaded', async () => {
    let history: string | undefined;
    for (let run = 0; run < 3; run += 1) {
      const { app, file, recovery } = recovering({ historyFile: history });
      recovery.mainFailing('more than 10 errors in the main process within 60 s');
      expect(app.calls, `run ${run}`).toEqual(['relaunch', 'exit(0)']);
      recovery.stop();
      history = file;
      await vi.advanceTimersByTimeAsync(MINUTE);
    }
    const { app, windows, log, recovery } = recovering({ historyFile: history });
    recovery.mainFailing('more than 10 errors in the main process within 60 s');
    expect(app.calls).toEqual([]);
    expect(log.lines.at(-1)).toBe('error: more than 10 errors in the main process within 60 s; 3 relaunches within 60 min did not help: the app keeps running as it is');
    windows[0]?.webContents.crash();
    await settle();
    expect(windows[0]?.webContents.reloads).toBe(1);
  });

  it('keeps the app running when errors in main come during a cool-down', () => {
    const file = join(scratchFolder(), 'recovery.json');
    const until = Date.now() + 5 * MINUTE;
    writeFileSync(file, JSON.stringify({ reloads: [], relaunches: [], coolDownUntil: until }));
    const { app, log, recovery } = recovering({ historyFile: file });
    recovery.mainFailing('more than 10 errors in the main process within 60 s');
    expect(app.calls).toEqual([]);
    expect(log.lines.at(-1)).toBe(`error: more than 10 errors in the main process within 60 s; cooling down until ${new Date(until).toISOString()}: the app keeps running as it is`);
  });

  it('does not relaunch for errors in main once stopped: the app is quitting, and a relaunch would bring back a show a person ended', () => {
    const { app, log, recovery } = recovering();
    recovery.stop();
    recovery.mainFailing('more than 10 errors in the main process within 60 s');
    expect(app.calls).toEqual([]);
    expect(log.lines).toEqual(['error: more than 10 errors in the main process within 60 s; the app is quitting: not relaunching']);
  });

  it('starts afresh from a history file it cannot read', async () => {
    const file = join(scratchFolder(), 'recovery.json');
    writeFileSync(file, '{"relaunches": [');
    const { windows } = recovering({ historyFile: file });
    windows[0]?.webContents.crash();
    await settle();
    expect(windows[0]?.webContents.reloads).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ reloads: [Date.now()] });
  });
});
