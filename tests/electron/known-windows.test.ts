import { describe, expect, it } from 'vitest';
import { createKnownWindows } from '../../electron/known-windows';
import { FakeWindow, fakeFrame } from './support/fake-electron';

describe('known windows', () => {
  it('finds a window by its main frame, by identity rather than by URL', () => {
    const windows = createKnownWindows<FakeWindow>();
    const window = new FakeWindow();
    windows.add(window);
    expect(windows.byMainFrame(window.webContents.mainFrame)).toBe(window);
    expect(windows.byMainFrame(fakeFrame(window.webContents.mainFrame.url))).toBeUndefined();
  });

  it('keeps a closing window until Electron has closed it, then forgets it', async () => {
    const windows = createKnownWindows<FakeWindow>();
    const [closed, open] = [new FakeWindow(), new FakeWindow()];
    const frame = closed.webContents.mainFrame;
    windows.add(closed);
    windows.add(open);
    const gone = new Promise((resolve) => closed.once('closed', resolve));
    closed.close();
    expect(windows.list()).toEqual([closed, open]);
    await gone;
    expect(windows.list()).toEqual([open]);
    expect(windows.byMainFrame(frame)).toBeUndefined();
  });

  it('forgets a window whose contents are destroyed before the window itself', async () => {
    const windows = createKnownWindows<FakeWindow>();
    const window = new FakeWindow();
    windows.add(window);
    // The contents go first, and the window with them (BrowserWindow::WebContentsDestroyed):
    // in between, the window is not destroyed yet, but nothing of it may be used.
    const listed = new Promise((resolve) => window.webContents.once('destroyed', () => resolve(windows.list())));
    window.webContents.close();
    expect(await listed).toEqual([]);
  });
});
