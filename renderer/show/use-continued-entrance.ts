import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { takeHandedOverEntrance } from '../boot/entrance-handover';
import { shownFrameKey } from './shown-frame';

/**
 * For the slide the page painted before the app started: the app's element replaces the
 * page's, and continues its fade in from where it was rather than starting it again,
 * which would dim a slide already on screen. Any other slide fades in from the start.
 * Returns the ref for the slide's element.
 */
export function useContinuedEntrance(slide: Slide, langs: readonly Language[]): RefObject<HTMLElement | null> {
  const slideRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const startTime = takeHandedOverEntrance(shownFrameKey(slide, langs));
    if (startTime === undefined || slideRef.current === null) return;
    for (const animation of slideRef.current.getAnimations()) animation.startTime = startTime;
    // Once, when the element is made: a slide's entrance happens once.
  }, []);
  return slideRef;
}
