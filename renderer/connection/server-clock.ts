import { clockSample, createClockEstimate } from '../../common/network/clock-sync';
import type { ShowClock } from '../../common/show/show-clock';

/** Pings sent when a connection opens, and again every minute, to keep the estimate fresh. */
const PINGS_AT_CONNECT = 8;
const PINGS_TO_REFRESH = 4;
const PING_SPACING_MS = 60;
export const REFRESH_EVERY_MS = 60_000;

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
  /** Current estimate of server time minus local time, ms. */
  offsetMs(): number;
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
  let timers: ReturnType<typeof setTimeout>[] = [];
  let refresh: ReturnType<typeof setInterval> | undefined;
  const offsetMs = (): number => estimate.offsetMs(localNow()) ?? welcomeOffset() ?? 0;
  const burst = (count: number, sendPing: (id: number) => void): void => {
    for (let index = 0; index < count; index += 1) {
      timers.push(
        setTimeout(() => {
          const id = nextId++;
          sentAt.set(id, localNow());
          sendPing(id);
        }, index * PING_SPACING_MS),
      );
    }
  };
  const stopPinging = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
    clearInterval(refresh);
    refresh = undefined;
    sentAt.clear();
  };
  return {
    now: () => localNow() + offsetMs(),
    setTimer(callback, delayMs) {
      const handle = setTimeout(callback, delayMs);
      return () => clearTimeout(handle);
    },
    startPinging(sendPing) {
      stopPinging();
      burst(PINGS_AT_CONNECT, sendPing);
      refresh = setInterval(() => burst(PINGS_TO_REFRESH, sendPing), REFRESH_EVERY_MS);
    },
    pong(id, serverTime) {
      const sent = sentAt.get(id);
      if (sent === undefined) return;
      sentAt.delete(id);
      estimate.add(clockSample(sent, serverTime, localNow()));
    },
    stopPinging,
    offsetMs,
  };
}
