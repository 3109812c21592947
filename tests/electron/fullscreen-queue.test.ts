import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFullscreenQueue, FULLSCREEN_CHANGE_MS } from '../../electron/fullscreen-queue';
import { FakeWindow, FakeWindowList } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const OPTIONS = { x: 0, y: 0, width: 1280, height: 720, fullscreen: false, fullscreenable: true } as unknown as ConstructorParameters<typeof FakeWindow>[0];

describe('fullscreen queue (macOS)', () => {
  it('goes on to the next window after a change that never reports, and says so', async () => {
    const list = new FakeWindowList();
    const [stuck, next] = [new FakeWindow(OPTIONS, { platform: 'darwin', list }), new FakeWindow(OPTIONS, { platform: 'darwin', list })];
    stuck.setFullScreen = () => undefined;
    const log = recordingLogger();
    const queue = createFullscreenQueue<FakeWindow>(log, (window) => (window === stuck ? 'first' : 'second'));
    queue.enter(stuck);
    queue.enter(next);
    await vi.advanceTimersByTimeAsync(FULLSCREEN_CHANGE_MS - 1);
    expect(next.isFullScreen()).toBe(false);
    await vi.advanceTimersByTimeAsync(FULLSCREEN_CHANGE_MS);
    expect(next.isFullScreen()).toBe(true);
    expect(log.lines).toEqual([`warn: the first window did not go fullscreen within ${FULLSCREEN_CHANGE_MS / 1000} s: going on`]);
  });

  it('skips a window closed before its turn, and goes on when one closes during its change', async () => {
    const list = new FakeWindowList();
    const windows = [0, 1, 2].map(() => new FakeWindow(OPTIONS, { platform: 'darwin', list }));
    const queue = createFullscreenQueue<FakeWindow>(recordingLogger(), () => 'audience');
    for (const window of windows) queue.enter(window);
    windows[0]?.close();
    windows[1]?.close();
    await vi.advanceTimersByTimeAsync(FULLSCREEN_CHANGE_MS - 1);
    expect(windows.map((window) => window.isDestroyed() || window.isFullScreen())).toEqual([true, true, true]);
  });
});
