import { useEffect, useRef, useState, type RefObject } from 'react';
import { useReducedMotion } from '../show/use-reduced-motion';

/** Keys that scroll a page. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** A scroll this soon after the reader's own wheel, swipe or key is theirs; later ones are the page's. */
const GESTURE_MS = 1000;

/**
 * Keeps the part on screen now (`current`, the element `key` names) in view while the
 * reader follows, centred, and again after `layoutKey` changes (a new text size or
 * language moves everything) or the window's size does. Once the reader scrolls it out of view themselves (wheel,
 * swipe or keys: the page's own scrolling never counts), following stops until
 * `backToNow`. Returns whether it follows.
 */
export function useFollow(current: RefObject<HTMLElement | null>, key: number | undefined, layoutKey: string): { readonly following: boolean; readonly backToNow: () => void } {
  const [following, setFollowing] = useState(true);
  // A phone turned on its side, or a window resized: everything moves, so the part is centred again.
  const [resized, setResized] = useState(0);
  const gestureAt = useRef(Number.NEGATIVE_INFINITY);
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    if (!following || key === undefined) return;
    // The page's own scroll, not the reader's: a swipe a moment ago no longer counts.
    gestureAt.current = Number.NEGATIVE_INFINITY;
    current.current?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
  }, [current, key, layoutKey, following, reducedMotion, resized]);

  useEffect(() => {
    const gesture = (): void => {
      gestureAt.current = performance.now();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (SCROLL_KEYS.has(event.key) && !(event.target instanceof HTMLButtonElement)) gesture();
    };
    const onScroll = (): void => {
      const part = current.current;
      if (part === null || performance.now() - gestureAt.current > GESTURE_MS) return;
      const box = part.getBoundingClientRect();
      const top = document.querySelector('.read-bar')?.getBoundingClientRect().bottom ?? 0;
      if (box.bottom <= top || box.top >= window.innerHeight) setFollowing(false);
    };
    window.addEventListener('wheel', gesture, { passive: true });
    window.addEventListener('touchmove', gesture, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    const onResize = (): void => setResized((count) => count + 1);
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      window.removeEventListener('wheel', gesture);
      window.removeEventListener('touchmove', gesture);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
    };
  }, [current]);

  return { following, backToNow: () => setFollowing(true) };
}
