import { useEffect, useState } from 'react';

/** The time now on `clock` (the show's, for countdowns), refreshed every `intervalMs`. */
/** How often the views' clock (the elapsed time, the countdowns) reads the time again. */
export const NOW_TICK_MS = 250;

export function useNow(clock: () => number = Date.now, intervalMs = NOW_TICK_MS): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, intervalMs]);
  return now;
}

/** `83_000` → `1:23`; `3_723_000` → `1:02:03`: the same clock as an announcement's countdown. */
export { countdownText as formatDuration } from '../../common/announcements/announcement';
