import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { largestSizePx } from '../../common/layout/type-scale';
import { fitTextToBox } from './fit-text';
import { planSlideText } from './slide-text-plan';

/**
 * The name of the user-timing measure of each fit, for the benchmark and DevTools'
 * performance panel. Cleared as soon as it is made, so a show running for days keeps none.
 */
const FIT_MEASURE = 'yeondae:fit';

/**
 * Fits a slide's text to its safe area before the slide is painted, again whenever the
 * slide changes size (window resized, display changed, rotated), and again when fonts
 * finish loading (text first measured in a fallback font). The largest size is taken from
 * the slide's own box, so a slide fits a presenter's preview as it fits a projector.
 * Returns the refs for the area and the text.
 */
export function useFit(slide: Slide, langs: readonly Language[]): { boxRef: RefObject<HTMLDivElement | null>; textRef: RefObject<HTMLDivElement | null> } {
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  // By the languages' names: a re-render with an equal list is no reason to fit again.
  const langsKey = langs.join(' ');
  const blocks = useMemo(() => planSlideText(slide, langsKey.split(' ') as Language[]), [slide, langsKey]);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const text = textRef.current;
    const slideElement = box?.parentElement;
    if (!box || !text || !slideElement) return undefined;
    let lastSize = '';
    const fit = (): void => {
      const start = performance.now();
      const screen = { width: slideElement.clientWidth, height: slideElement.clientHeight };
      const size = `${screen.width}x${screen.height}:${box.clientWidth}x${box.clientHeight}`;
      if (size === lastSize || screen.width === 0) return;
      lastSize = size;
      text.dataset.fitLayouts = String(fitTextToBox(text, box, largestSizePx(screen), blocks).layouts);
      performance.measure(FIT_MEASURE, { start });
      performance.clearMeasures(FIT_MEASURE);
    };
    const refit = (): void => {
      lastSize = '';
      fit();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', refit);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', refit);
    };
  }, [blocks]);
  return { boxRef, textRef };
}
