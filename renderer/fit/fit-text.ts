import { largestFittingSize } from '../../common/layout/measured-fit';
import { gridColumns } from '../../common/layout/organization-grid';
import { measureRuns } from './measure-runs';
import type { PlannedBlock } from './slide-text-plan';

/** The smallest size the fit will ever set, whatever the screen: never an invisible slide. */
const ABSOLUTE_MINIMUM_PX = 6;

/** The size a fit set, and how many layouts it took to confirm it (1, or 2 after a correction). */
export interface FitResult {
  readonly sizePx: number;
  readonly layouts: number;
}

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
 * Gives `text` the largest font size at which it fits inside `box`, up to `largestPx`.
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
export function fitTextToBox(text: HTMLElement, box: HTMLElement, largestPx: number, blocks: readonly PlannedBlock[]): FitResult {
  text.removeAttribute('data-squeezed');
  const area = { width: box.clientWidth, height: box.clientHeight };
  const style = getComputedStyle(text);
  const measured = measureRuns(blocks, style.fontFamily, style.fontWeight) ?? [];
  let size = largestFittingSize(measured, area, largestPx, ABSOLUTE_MINIMUM_PX, { breakInsideRuns: false });
  if (size === undefined) {
    text.setAttribute('data-squeezed', '');
    size = largestFittingSize(measured, area, largestPx, ABSOLUTE_MINIMUM_PX, { breakInsideRuns: true }) ?? ABSOLUTE_MINIMUM_PX;
  }
  setSize(text, size, blocks, area.width);
  const shrink = shrinkToFit(text, box);
  if (shrink >= 1) return { sizePx: size, layouts: 1 };
  const corrected = Math.max(ABSOLUTE_MINIMUM_PX, Math.min(size - 1, Math.floor(size * shrink)));
  setSize(text, corrected, blocks, area.width);
  if (shrinkToFit(text, box) < 1) text.setAttribute('data-squeezed', '');
  return { sizePx: corrected, layouts: 2 };
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
