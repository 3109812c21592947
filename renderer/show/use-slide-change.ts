import { useEffect, useState } from 'react';

/** Something shown on screen, told apart from the next by its key. */
export interface Keyed {
  readonly key: string;
}

/** A change of what is on screen, as it runs. */
export interface SlideChange<T> {
  /** The item that was on screen just before `current`, fading out while `current` fades in. */
  readonly leaving: T | undefined;
  /** Whether the change has finished: its crossfade has ended and it has been on screen for the least time a change takes. */
  readonly settled: boolean;
}

/** How long a change takes on screen: its crossfade (0 with reduced motion), and the least time before it counts as settled. */
export interface ChangeTimes {
  readonly crossfadeMs: number;
  /**
   * A change settles no sooner than this, crossfade or not: on the audience screen, a
   * little after the least time a slide is shown (common/show/crossfade.ts), so that a slide the screen
   * passes over on the way through a quick run of presses never settles and is never spoken.
   */
  readonly settleMs: number;
}

/**
 * The change to `current` in progress. The item that was on screen before it is kept for
 * the crossfade so that it can fade out while `current` fades in; with a crossfade of 0
 * (reduced motion) there is never a leaving item and changes are instant. The end of the
 * crossfade and the moment the change is settled are one render: the leaving slide goes
 * and the live region speaks in the same frame, not in two.
 */
export function useSlideChange<T extends Keyed>(current: T | undefined, { crossfadeMs, settleMs }: ChangeTimes): SlideChange<T> {
  const [change, setChange] = useState<{ current: T | undefined; leaving: T | undefined; settled: boolean }>({ current, leaving: undefined, settled: false });
  if (change.current?.key !== current?.key) {
    // Derived during render (React's pattern for state that follows props), so the
    // leaving slide and the entering one appear in the same frame.
    setChange({ current, leaving: crossfadeMs > 0 ? change.current : undefined, settled: false });
  }
  const { leaving, settled } = change;
  const key = change.current?.key;
  useEffect(() => {
    if (settled) return undefined;
    const settle = (): void => setChange((state) => (state.current?.key === key && state.leaving === leaving ? { ...state, leaving: undefined, settled: true } : state));
    const timer = setTimeout(settle, Math.max(settleMs, leaving === undefined ? 0 : crossfadeMs));
    return () => clearTimeout(timer);
  }, [key, leaving, settled, crossfadeMs, settleMs]);
  return { leaving: leaving?.key === current?.key ? undefined : leaving, settled };
}
