import type { Logger } from '../node/logger';

/** What taking a window fullscreen, or closing it, needs of it. */
export interface QueuedWindow {
  setFullScreen(flag: boolean): void;
  isDestroyed(): boolean;
  close(): void;
  once(event: 'enter-full-screen' | 'closed', listener: () => void): unknown;
  removeListener(event: 'enter-full-screen' | 'closed', listener: () => void): unknown;
}

/** Fullscreen changes made one after another. */
export interface FullscreenQueue<W extends QueuedWindow> {
  /** Takes `window` fullscreen once every change asked before is done. */
  enter(window: W): void;
  /** Closes `window` once every change asked before is done. */
  close(window: W): void;
}

/** How long one change may take before the next goes ahead anyway. */
export const FULLSCREEN_CHANGE_MS = 5000;

/**
 * macOS moves a fullscreen window into a Space of its own with an animation, and runs one
 * such transition at a time: NativeWindowMac::SetFullScreen starts it and returns
 * (native_window_mac.mm at 96f3996d8d), `enter-full-screen` comes once it is over, and a
 * second window asking meanwhile stays as it is, with a beep (electron/electron#13077; #34367,
 * open: `fullscreen: true` is ignored for every window after the first). So each change waits
 * for the one before: fullscreen for `enter-full-screen` (or the window closing), a close for
 * `closed`. A change that never reports goes on after `FULLSCREEN_CHANGE_MS`, logged, so one
 * stuck window cannot keep the others windowed.
 */
export function createFullscreenQueue<W extends QueuedWindow>(log: Logger, name: (window: W) => string): FullscreenQueue<W> {
  const steps: { readonly window: W; readonly enter: boolean }[] = [];
  let running = false;
  const next = (): void => {
    const step = steps.shift();
    if (step === undefined) {
      running = false;
      return;
    }
    const { window, enter } = step;
    if (window.isDestroyed()) {
      next();
      return;
    }
    running = true;
    const done = (): void => {
      clearTimeout(timer);
      window.removeListener('enter-full-screen', done);
      window.removeListener('closed', done);
      next();
    };
    const timer = setTimeout(() => {
      log.warn(`the ${name(window)} window did not ${enter ? 'go fullscreen' : 'close'} within ${FULLSCREEN_CHANGE_MS / 1000} s: going on`);
      done();
    }, FULLSCREEN_CHANGE_MS);
    if (enter) window.once('enter-full-screen', done);
    window.once('closed', done);
    if (enter) window.setFullScreen(true);
    else window.close();
  };
  const add = (window: W, enter: boolean): void => {
    steps.push({ window, enter });
    if (!running) next();
  };
  return { enter: (window) => add(window, true), close: (window) => add(window, false) };
}
