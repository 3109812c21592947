import type { ScreenSize } from './type-scale';
import { wrappedLineCount } from './line-wrap';
import { gridHeightPx, type OrganizationCard } from './organization-grid';

/** A paragraph of a slide as the fit sees it: the runs a line may not break inside (words, the last two words together, the pieces of a web address), as text or as widths in em. */
export interface TextParagraph<Run> {
  readonly runs: readonly Run[];
  /** For each run, whether it follows the one before with no space between (word-runs.ts' `linePieces`); none when absent. */
  readonly joined?: readonly boolean[];
  /** The gap above the paragraph, in em. */
  readonly marginTop: number;
}

/** One language's block of a slide's text and how it is set, in em of the block's own font size. */
export interface TextBlock<Run> {
  /** Its font size as a fraction of the fitted size (the second language of a stacked slide is smaller). */
  readonly scale: number;
  readonly lineHeight: number;
  /** The longest line allowed. */
  readonly maxLineEm: number;
  /** The gap above the block. */
  readonly marginTop: number;
  readonly paragraphs: readonly TextParagraph<Run>[];
  /** The organizations' cards, set in a grid under the paragraphs (the organizations slide only). */
  readonly organizations?: readonly OrganizationCard<Run>[];
}

/** A block with every run measured, and the width of the space between two runs, in em. */
export type MeasuredBlock = TextBlock<number> & { readonly space: number };

/**
 * What the layout may add to the measured widths and heights, in CSS px: it keeps
 * positions in 1/64 px and shapes a line as one text, so the sum of the runs measured
 * apart can differ from it by a hair. Erring on the small side costs at most a pixel of
 * font size, now and then; erring on the large side would cost a second layout.
 */
const LAYOUT_SLACK_PX = 0.5;

/** Whether a run is too wide for its line: then the text fits only if it may break inside runs. */
export interface FitOptions {
  readonly breakInsideRuns: boolean;
}

/** The height the blocks take at `sizePx` inside a box `box.width` wide, or Infinity if a run does not fit its line. */
export function heightAt(blocks: readonly MeasuredBlock[], sizePx: number, boxWidth: number, options: FitOptions): number {
  let height = 0;
  for (const block of blocks) {
    const blockPx = sizePx * block.scale;
    const lineEm = (Math.min(boxWidth, block.maxLineEm * blockPx) - LAYOUT_SLACK_PX) / blockPx;
    height += block.marginTop * blockPx;
    for (const paragraph of block.paragraphs) {
      if (!options.breakInsideRuns && paragraph.runs.some((run) => run > lineEm)) return Infinity;
      const lines = wrappedLineCount(paragraph.runs, block.space, lineEm, paragraph.joined);
      height += (paragraph.marginTop + lines * block.lineHeight) * blockPx;
    }
    height += gridHeightPx(block.organizations ?? [], block.space, blockPx, Math.min(boxWidth, block.maxLineEm * blockPx));
  }
  return height;
}

/**
 * The largest whole-pixel font size, from `smallestPx` up to `largestPx`, at which the
 * blocks fit `box`, computed from their measured widths alone (no layout); undefined if
 * not even the smallest fits. The height only grows with the size (a larger size never
 * fits more on a line), so a binary search finds it.
 */
export function largestFittingSize(blocks: readonly MeasuredBlock[], box: ScreenSize, largestPx: number, smallestPx: number, options: FitOptions): number | undefined {
  const fits = (size: number): boolean => heightAt(blocks, size, box.width, options) <= box.height - LAYOUT_SLACK_PX;
  let low = smallestPx;
  let high = Math.max(low, Math.floor(largestPx));
  if (!fits(low)) return undefined;
  if (fits(high)) return high;
  // Invariant: `low` fits and `high` does not.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
