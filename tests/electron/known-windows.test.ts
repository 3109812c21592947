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

  it('forgets a window once it is closed', () => {
    const windows = createKnownWindows<FakeWindow>();
    const [closed, open] = [new FakeWindow(), new FakeWindow()];
    windows.add(closed);
    windows.add(open);
    closed.close();
    expect(windows.list()).toEqual([open]);
    expect(windows.byMainFrame(closed.webContents.mainFrame)).toBeUndefined();
  });

  it('forgets a window whose contents are destroyed before the window itself', () => {
    const windows = createKnownWindows<FakeWindow>();
    const window = new FakeWindow();
    windows.add(window);
    window.webContents.destroyed = true;
    expect(windows.list()).toEqual([]);
  });
});
