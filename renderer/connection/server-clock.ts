import { clockSample, createClockEstimate } from '../../common/network/clock-sync';
import { SYSTEM_CLOCK, type ShowClock } from '../../common/show/show-clock';

/**
 * Pings sent when a connection opens, again once the page has settled (a page still
 * loading answers late, which skews its first samples), and then one every few seconds:
 * the estimate keeps the best of them, and the server's answers tell the link it is alive.
 */
const PINGS_PER_BURST = 8;
const PING_SPACING_MS = 60;
const SECOND_BURST_AFTER_MS = 2000;
export const PING_EVERY_MS = 3000;

/** This page's clock: monotonic within the page, in ms since the epoch. */
export const localNow = (): number => performance.timeOrigin + performance.now();

/** The server's clock as this page estimates it, kept up to date by pings. */
export interface ServerClock extends ShowClock {
  /** Sends a burst of pings through `sendPing`; call when a connection opens. */
  startPinging(sendPing: (id: number) => void): void;
  /** The server's answer to ping `id`, stamped with its time. */
  pong(id: number, serverTime: number): void;
  /** Stops pinging (the connection closed); the estimate stays for looping offline. */
  stopPinging(): void;
}

/**
 * Estimates the server's time NTP-style (see common/network/clock-sync.ts) and works as the
 * show's clock, so a looping slide here changes when the server's does. Until the first
 * answer it takes the server's time from the welcome message.
 */
export function createServerClock(welcomeOffset: () => number | undefined): ServerClock {
  const estimate = createClockEstimate();
  const sentAt = new Map<number, number>();
  let nextId = 1;
  // Pending ping timers only: each leaves the set when it fires, so a page that pings for days holds none.
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (callback: () => void, delayMs: number): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      callback();
    }, delayMs);
    timers.add(timer);
  };
  let refresh: ReturnType<typeof setInterval> | undefined;
  const offsetMs = (): number => estimate.offsetMs(localNow()) ?? welcomeOffset() ?? 0;
  const burst = (count: number, sendPing: (id: number) => void): void => {
    for (let index = 0; index < count; index += 1) {
      later(() => {
        const id = nextId++;
        sentAt.set(id, localNow());
        sendPing(id);
      }, index * PING_SPACING_MS);
    }
  };
  const stopPinging = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    clearInterval(refresh);
    refresh = undefined;
    sentAt.clear();
  };
  return {
    now: () => localNow() + offsetMs(),
    setTimer: SYSTEM_CLOCK.setTimer,
    startPinging(sendPing) {
      stopPinging();
      burst(PINGS_PER_BURST, sendPing);
      later(() => burst(PINGS_PER_BURST, sendPing), SECOND_BURST_AFTER_MS);
      refresh = setInterval(() => burst(1, sendPing), PING_EVERY_MS);
    },
    pong(id, serverTime) {
      const sent = sentAt.get(id);
      if (sent === undefined) return;
      sentAt.delete(id);
      estimate.add(clockSample(sent, serverTime, localNow()));
    },
    stopPinging,
  };
}
