import { useEffect } from 'react';
import { languagesOf, type Deck } from '../../common/deck/deck';
import { measureAhead } from './measure-runs';
import { planSlideText } from './slide-text-plan';

/** Idle time left under which measuring stops until the next idle period, in ms. */
const IDLE_MARGIN_MS = 2;

/**
 * Once the first slide is up (`started`), measures the text of every slide of `deck` in
 * the browser's idle time, a slide at a time, so that changing slides costs the fit a
 * layout and no measuring. A slide is up for seconds: there is idle time to spare.
 */
export function useMeasureAhead(deck: Deck | undefined, started: boolean): void {
  useEffect(() => {
    if (deck === undefined || !started) return undefined;
    const slides = deck.slides.flatMap((slide) => languagesOf(slide, deck.languages).map((lang) => () => measureAhead(planSlideText(slide, [lang]))));
    let handle = 0;
    // At least one slide each time, so the measuring ends however little idle time a browser reports.
    const measureSome = (deadline: IdleDeadline): void => {
      do slides.shift()?.();
      while (slides.length > 0 && deadline.timeRemaining() > IDLE_MARGIN_MS);
      if (slides.length > 0) handle = requestIdleCallback(measureSome);
    };
    handle = requestIdleCallback(measureSome);
    return () => cancelIdleCallback(handle);
  }, [deck, started]);
}
