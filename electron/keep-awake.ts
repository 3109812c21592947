import type { Logger } from '../node/logger';

/** The subset of Electron's `powerSaveBlocker` the host uses. */
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

/**
 * Keeps the displays on while the show runs: an unattended screen must not blank after
 * the operating system's idle time. (The OS may still blank on its own schedule with
 * some power settings; the README says how to turn those off.)
 *
 * @returns the function that lets the displays sleep again
 */
export function keepDisplaysAwake(blocker: PowerSaveBlockerLike, log: Logger): () => void {
  const id = blocker.start('prevent-display-sleep');
  if (!blocker.isStarted(id)) log.warn('the system did not agree to keep the displays awake; check its power settings');
  return () => {
    if (blocker.isStarted(id)) blocker.stop(id);
  };
}
