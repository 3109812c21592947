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

/** `83_000` → `1:23`; `3_723_000` → `1:02:03`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
