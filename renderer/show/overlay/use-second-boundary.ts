import { useEffect, useState } from 'react';

/**
 * The time now on `clock`, read again at each whole second before `endsAt`, the moments a
 * countdown's clock changes: every screen on the same clock turns to the next second
 * together, rather than up to a sampling interval apart. With no countdown (`endsAt` undefined) it is read once.
 */
export function useSecondBoundary(clock: () => number, endsAt: number | undefined): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (endsAt === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const wait = (): void => {
      const left = endsAt - clock();
      if (left <= 0) return;
      // A millisecond past the boundary, so the clock reads the new second.
      const untilBoundary = (left % 1000 || 1000) + 1;
      timer = setTimeout(() => {
        setNow(clock());
        wait();
      }, untilBoundary);
    };
    setNow(clock());
    wait();
    return () => clearTimeout(timer);
  }, [clock, endsAt]);
  return now;
}
