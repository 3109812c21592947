/** Time as the show sees it, passed in so tests (and Playwright's clock) can drive it. */
export interface ShowClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `callback` after `delayMs`; returns the function that cancels it. */
  setTimer(callback: () => void, delayMs: number): () => void;
}

/** The timer functions every JavaScript host has (browsers and Node), typed here so common/ needs neither's types. */
interface HostTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock, in the renderer and in the main process alike. */
export const SYSTEM_CLOCK: ShowClock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const timers = globalThis as unknown as HostTimers;
    const handle = timers.setTimeout(callback, delayMs);
    return () => timers.clearTimeout(handle);
  },
};
