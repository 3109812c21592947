import type { Language, Slide } from '../../common/deck/deck';
import { applyFit, fitTextToBox, geometryKey, type FitGeometry, type FitResult } from './fit-text';
import type { PlannedBlock } from './slide-text-plan';

/** Geometries remembered per slide (a few window sizes, the presenter's previews); past it a slide's are forgotten. */
const MOST_PER_SLIDE = 8;

/**
 * The fits a layout has confirmed, by slide, then by languages and geometry. A slide shown
 * again (a presenter going back, a clicker held down) takes its size from here, without
 * measuring its text or laying the page out to check it: the same text in the same place
 * and fonts lays out the same. Forgotten when fonts finish loading, as the measured widths
 * are (measure-runs.ts); an edited slide is a new object, so it is fitted afresh.
 */
let confirmed = new WeakMap<Slide, Map<string, FitResult>>();
document.fonts.addEventListener('loadingdone', () => {
  confirmed = new WeakMap();
});

/** What one slide's fit is for: the slide in its languages, its elements, where they are, and its planned text. */
export interface SlideFit {
  readonly slide: Slide;
  readonly langs: readonly Language[];
  readonly text: HTMLElement;
  readonly box: HTMLElement;
  readonly geometry: FitGeometry;
  readonly blocks: readonly PlannedBlock[];
}

/** Fits a slide's text to its safe area (fitTextToBox), or gives it the fit confirmed for it there before. */
export function fitSlideText({ slide, langs, text, box, geometry, blocks }: SlideFit): FitResult {
  const place = `${langs.join(' ')} ${geometryKey(geometry)}`;
  const known = confirmed.get(slide)?.get(place);
  if (known !== undefined) {
    applyFit(text, known, geometry, blocks);
    return known;
  }
  const fit = fitTextToBox(text, box, geometry, blocks);
  let fits = confirmed.get(slide);
  if (fits === undefined) confirmed.set(slide, (fits = new Map()));
  if (fits.size >= MOST_PER_SLIDE) fits.clear();
  fits.set(place, fit);
  return fit;
}
