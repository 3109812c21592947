import type { Logger } from '../node/logger';

/** The subset of Electron's `powerSaveBlocker` the host uses. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

/** The events of Electron's `powerMonitor` that say the displays went dark after all. */
export interface PowerMonitorLike {
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
  off(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
}

/**
 * Keeps the displays on while the show runs: an unattended screen must not blank after
 * the operating system's idle time.
 *
 * Whether the system honours the request cannot be asked: `powerSaveBlocker.start` hands a
 * wake lock to Chromium's device service without waiting for an answer, and `isStarted`
 * only looks the id up in Electron's own map (PowerSaveBlocker::Start and ::IsStarted in
 * shell/browser/api/electron_api_power_save_blocker.cc at 96f3996d8d), so it is true for
 * every id until `stop`. What can be known is that the machine went to sleep or locked its
 * screen anyway (a lid closed, a power setting, a policy): `powerMonitor` says so, and the
 * log gets it, with what to check (the README's "Keep the screens on").
 *
 * @returns the function that lets the displays sleep again
 */
export function keepDisplaysAwake(blocker: PowerSaveBlockerLike, monitor: PowerMonitorLike, log: Logger): () => void {
  const id = blocker.start('prevent-display-sleep');
  const events = {
    suspend: () => log.warn('the system is going to sleep: the screens are dark until it wakes; check its power settings (README: Keep the screens on)'),
    resume: () => log.info('the system woke up: the show goes on'),
    // macOS and Windows only (docs/api/power-monitor.md).
    'lock-screen': () => log.warn('the system is locking its screen over the show; check its screen lock settings (README: Keep the screens on)'),
    'unlock-screen': () => log.info('the screen was unlocked'),
  } as const;
  for (const [event, listener] of Object.entries(events)) monitor.on(event as keyof typeof events, listener);
  return () => {
    for (const [event, listener] of Object.entries(events)) monitor.off(event as keyof typeof events, listener);
    if (blocker.isStarted(id)) blocker.stop(id);
  };
}
