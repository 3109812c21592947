import { useSyncExternalStore } from 'react';

/** The system's reduced-motion preference, asked once: every render reads it, and a new query each time costs a media query evaluation. */
let query: MediaQueryList | undefined;
const reducedMotionQuery = (): MediaQueryList => (query ??= window.matchMedia('(prefers-reduced-motion: reduce)'));

function subscribe(listener: () => void): () => void {
  const media = reducedMotionQuery();
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

/** Whether the system asks for reduced motion; slide changes are then instant. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => reducedMotionQuery().matches);
}
