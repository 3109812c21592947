import { largestFittingSize } from '../../common/layout/measured-fit';
import { gridColumns } from '../../common/layout/organization-grid';
import { largestSizePx } from '../../common/layout/type-scale';
import { measureRuns } from './measure-runs';
import type { PlannedBlock } from './slide-text-plan';

/** The smallest size the fit will ever set, whatever the screen: never an invisible slide. */
const ABSOLUTE_MINIMUM_PX = 6;

/** The size a fit set, whether it needed the safe wrap, and how many layouts it took to confirm it (1, or 2 after a correction). */
export interface FitResult {
  readonly sizePx: number;
  readonly squeezed: boolean;
  readonly layouts: number;
}

/**
 * What a fit reads of the page: the size of the screen the slide fills (its own box), of
 * its safe area, and the text's font. Every slide in one place (the audience's show, a
 * presenter preview) has the same.
 */
export interface FitGeometry {
  readonly screen: { readonly width: number; readonly height: number };
  readonly area: { readonly width: number; readonly height: number };
  readonly fontFamily: string;
  readonly fontWeight: string;
}

/** Reads the geometry of a slide (`slide`, its safe area `box`, its text `text`): it costs a style and layout of the page, unless those are current. */
export function readFitGeometry(slide: HTMLElement, box: HTMLElement, text: HTMLElement): FitGeometry {
  const style = getComputedStyle(text);
  return {
    screen: { width: slide.clientWidth, height: slide.clientHeight },
    area: { width: box.clientWidth, height: box.clientHeight },
    fontFamily: style.fontFamily,
    fontWeight: style.fontWeight,
  };
}

/** The geometry as one string: two fits with the same key fit the same text alike. */
export const geometryKey = ({ screen, area, fontFamily, fontWeight }: FitGeometry): string =>
  `${screen.width}x${screen.height} ${area.width}x${area.height} ${fontWeight} ${fontFamily}`;

/**
 * By how much `text` must shrink to fit `box` as it is laid out now: 1 if it fits (the
 * same test the layout's overflow would fail), else the smallest of the ratios of room to
 * content. Reading the sizes makes the browser lay the page out: this is the one layout
 * each step pays for.
 */
function shrinkToFit(text: HTMLElement, box: HTMLElement): number {
  const ratios = [box.clientHeight / text.offsetHeight, text.clientWidth / text.scrollWidth, box.clientWidth / text.offsetWidth];
  return Math.min(1, ...ratios.filter(Number.isFinite));
}

/**
 * Gives `text` the largest font size at which it fits inside `box` (of `geometry`), up to
 * the largest the screen takes (`largestSizePx`).
 * The size is computed, not searched for: `blocks` (what SlideView renders, see
 * planSlideText) are measured on a canvas in the text's own font, and the lines they
 * wrap into at each size give its height without a layout. One layout then confirms it.
 * Should it not fit (the page set something the plan does not know), the text is too
 * tall or wide by a ratio, and since smaller text never takes more lines, shrinking by
 * that ratio fits: one more layout.
 *
 * Long unbroken runs that cannot fit even at the smallest size get the safe wrap
 * (`data-squeezed`, which lets CSS break inside words) rather than being clipped.
 */
export function fitTextToBox(text: HTMLElement, box: HTMLElement, geometry: FitGeometry, blocks: readonly PlannedBlock[]): FitResult {
  text.removeAttribute('data-squeezed');
  const { area } = geometry;
  const largestPx = largestSizePx(geometry.screen);
  const measured = measureRuns(blocks, geometry.fontFamily, geometry.fontWeight) ?? [];
  let size = largestFittingSize(measured, area, largestPx, ABSOLUTE_MINIMUM_PX, { breakInsideRuns: false });
  if (size === undefined) {
    text.setAttribute('data-squeezed', '');
    size = largestFittingSize(measured, area, largestPx, ABSOLUTE_MINIMUM_PX, { breakInsideRuns: true }) ?? ABSOLUTE_MINIMUM_PX;
  }
  setSize(text, size, blocks, area.width);
  const shrink = shrinkToFit(text, box);
  if (shrink >= 1) return { sizePx: size, squeezed: text.hasAttribute('data-squeezed'), layouts: 1 };
  const corrected = Math.max(ABSOLUTE_MINIMUM_PX, Math.min(size - 1, Math.floor(size * shrink)));
  setSize(text, corrected, blocks, area.width);
  if (shrinkToFit(text, box) < 1) text.setAttribute('data-squeezed', '');
  return { sizePx: corrected, squeezed: text.hasAttribute('data-squeezed'), layouts: 2 };
}

/**
 * Gives `text` a fit already confirmed for the same text in the same geometry (see
 * fit-slide.ts): the same size and wrap, set without measuring or laying out.
 */
export function applyFit(text: HTMLElement, fit: FitResult, geometry: FitGeometry, blocks: readonly PlannedBlock[]): void {
  text.toggleAttribute('data-squeezed', fit.squeezed);
  setSize(text, fit.sizePx, blocks, geometry.area.width);
}

/**
 * Sets the size, and marks the text as sized: until then it takes no part in layout
 * (show.css). The organizations' grid gets the columns the fit counted at that size
 * (`--organization-columns`), so the page lays out the rows the fit measured.
 */
function setSize(text: HTMLElement, sizePx: number, blocks: readonly PlannedBlock[], boxWidth: number): void {
  text.style.fontSize = `${sizePx}px`;
  text.dataset.fontSize = String(sizePx);
  const listed = blocks.find((block) => block.organizations !== undefined);
  if (listed?.organizations === undefined) return;
  const blockPx = sizePx * listed.scale;
  const columns = gridColumns(listed.organizations.length, Math.min(boxWidth, listed.maxLineEm * blockPx), blockPx);
  text.style.setProperty('--organization-columns', String(columns));
}
