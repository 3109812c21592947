import { useEffect, useState } from 'react';

/** Whether the phone is kept awake: `asking` at first, then `awake` or `unavailable`. */
export type WakeState = 'asking' | 'awake' | 'unavailable';

/**
 * Keeps the phone's screen on while the remote is open, where the browser allows it: the
 * Screen Wake Lock API exists only in secure contexts (https, or this computer), so on a
 * plain-HTTP venue address it is `unavailable` and the page says so instead of failing.
 * The browser drops the lock when the page is hidden; it is asked for again on return.
 */
export function useWakeLock(): WakeState {
  const [state, setState] = useState<WakeState>('asking');
  useEffect(() => {
    if (!window.isSecureContext || !('wakeLock' in navigator)) {
      setState('unavailable');
      return undefined;
    }
    let sentinel: WakeLockSentinel | undefined;
    let stopped = false;
    const request = (): void => {
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (stopped) void lock.release();
          sentinel = lock;
          setState('awake');
        },
        () => setState('unavailable'),
      );
    };
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') request();
    };
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release();
    };
  }, []);
  return state;
}
