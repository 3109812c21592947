import { useEffect, useState } from 'react';

/** Something shown on screen, told apart from the next by its key. */
export interface Keyed {
  readonly key: string;
}

/**
 * The item that was on screen just before `current`, kept for `durationMs` so that it
 * can fade out while `current` fades in. With a duration of 0 (reduced motion) there
 * is never a leaving item and changes are instant.
 */
export function useLeaving<T extends Keyed>(current: T | undefined, durationMs: number): T | undefined {
  const [shown, setShown] = useState<{ current: T | undefined; leaving: T | undefined }>({ current, leaving: undefined });
  if (shown.current?.key !== current?.key) {
    // Derived during render (React's pattern for state that follows props), so the
    // leaving slide and the entering one appear in the same frame.
    setShown({ current, leaving: durationMs > 0 ? shown.current : undefined });
  }
  const leaving = shown.leaving;
  useEffect(() => {
    if (leaving === undefined) return undefined;
    const timer = setTimeout(() => setShown((state) => (state.leaving === leaving ? { ...state, leaving: undefined } : state)), durationMs);
    return () => clearTimeout(timer);
  }, [leaving, durationMs]);
  return leaving?.key === current?.key ? undefined : leaving;
}
