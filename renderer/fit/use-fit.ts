import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import { fitSlideText } from './fit-slide';
import { geometryKey, readFitGeometry, type FitGeometry } from './fit-text';
import { planSlideText } from './slide-text-plan';

/**
 * The name of the user-timing measure of each fit, for the benchmark and DevTools'
 * performance panel. Cleared as soon as it is made, so a show running for days keeps none.
 */
const FIT_MEASURE = 'yeondae:fit';

/**
 * The geometry last read for the slides of each container (the audience's show, one of the
 * presenter's previews). Every slide in one has the same, so a slide that comes on screen
 * is fitted to it at once, rather than after a style and layout of the whole page only to
 * learn the sizes. Should the container have changed size since, the slide's resize
 * observer reads the real geometry before the frame is painted, and fits it again.
 */
const lastGeometry = new WeakMap<Element, FitGeometry>();

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
    const container = slideElement?.parentElement ?? undefined;
    if (!box || !text || !slideElement) return undefined;
    let lastKey = '';
    const fitTo = (geometry: FitGeometry): void => {
      const key = geometryKey(geometry);
      if (key === lastKey || geometry.screen.width === 0) return;
      lastKey = key;
      const start = performance.now();
      const fit = fitSlideText({ slide, langs: langsKey.split(' ') as Language[], text, box, geometry, blocks });
      text.dataset.fitLayouts = String(fit.layouts);
      performance.measure(FIT_MEASURE, { start });
      performance.clearMeasures(FIT_MEASURE);
    };
    const fit = (): void => {
      const geometry = readFitGeometry(slideElement, box, text);
      if (container !== undefined) lastGeometry.set(container, geometry);
      fitTo(geometry);
    };
    const refit = (): void => {
      lastKey = '';
      fit();
    };
    const known = container === undefined ? undefined : lastGeometry.get(container);
    if (known === undefined) fit();
    else fitTo(known);
    // Its first observation comes after the next layout: it confirms the geometry, or corrects it.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', refit);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', refit);
    };
    // `blocks` follows `slide` and `langsKey`: a new plan is a new fit.
  }, [blocks]);
  return { boxRef, textRef };
}
