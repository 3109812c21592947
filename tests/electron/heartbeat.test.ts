import { describe, expect, it, vi } from 'vitest';
import { HEARTBEAT } from '../../common/ipc/heartbeat';
import { createHeartbeats } from '../../electron/heartbeat';
import { answerHeartbeats } from '../../electron/preload-heartbeat';
import { FakeIpcMain, FakeWindow, fakeFrame } from './support/fake-electron';

describe('heartbeats', () => {
  it('hear the preload answer a ping, in a later task, while the page runs', async () => {
    vi.useFakeTimers();
    const ipcMain = new FakeIpcMain();
    const window = new FakeWindow(undefined, { main: ipcMain, preload: answerHeartbeats });
    void window.loadURL('app://yeondae/index.html');
    await vi.advanceTimersByTimeAsync(0);
    let answers = 0;
    const heartbeat = createHeartbeats(ipcMain).track(window.webContents, () => (answers += 1));
    heartbeat.ping();
    expect(answers).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(answers).toBe(1);
    window.webContents.hang();
    heartbeat.ping();
    await vi.advanceTimersByTimeAsync(1000);
    expect(answers).toBe(1);
    vi.useRealTimers();
  });

  it('count only answers from the current main frame of a watched page', () => {
    const ipcMain = new FakeIpcMain();
    const watched = new FakeWindow();
    let answers = 0;
    createHeartbeats(ipcMain).track(watched.webContents, () => (answers += 1));
    ipcMain.send(fakeFrame(), HEARTBEAT.answer);
    ipcMain.send(null, HEARTBEAT.answer);
    expect(answers).toBe(0);
    ipcMain.send(watched.webContents.mainFrame, HEARTBEAT.answer);
    expect(answers).toBe(1);
  });

  it('stop listening for a page once told to, and never ping closed contents', async () => {
    const ipcMain = new FakeIpcMain();
    const watched = new FakeWindow();
    const contents = watched.webContents;
    let answers = 0;
    const heartbeat = createHeartbeats(ipcMain).track(contents, () => (answers += 1));
    heartbeat.stop();
    ipcMain.send(contents.mainFrame, HEARTBEAT.answer);
    await new Promise((resolve) => {
      watched.once('closed', resolve);
      watched.close();
    });
    // Electron throws "Object has been destroyed" from a destroyed contents' send.
    expect(() => heartbeat.ping()).not.toThrow();
    expect([answers, contents.sent]).toEqual([0, []]);
  });
});
