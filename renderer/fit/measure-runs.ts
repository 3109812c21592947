import type { MeasuredBlock } from '../../common/layout/measured-fit';
import type { PlannedBlock } from './slide-text-plan';

/**
 * The size runs are measured at. Text width grows in proportion to the size (Chromium
 * positions glyphs to fractions of a pixel), so one measurement serves every size.
 */
const REFERENCE_PX = 100;

let canvas: CanvasRenderingContext2D | null | undefined;

/** A 2D context to measure text with: the canvas uses the page's fonts, shaped as the page shapes them. */
function measuringContext(): CanvasRenderingContext2D | null {
  canvas ??= document.createElement('canvas').getContext('2d');
  return canvas;
}

/**
 * Measures every run of `blocks` in em, with the canvas set in the text's own font
 * (`fontFamily` and `fontWeight` as computed for it), kerned as the page kerns. White
 * space inside a run counts as one space, as the page collapses it. Returns undefined
 * where a canvas is not available.
 */
export function measureRuns(blocks: readonly PlannedBlock[], fontFamily: string, fontWeight: string): MeasuredBlock[] | undefined {
  const context = measuringContext();
  if (context === null) return undefined;
  context.font = `${fontWeight} ${REFERENCE_PX}px ${fontFamily}`;
  context.fontKerning = 'normal';
  const em = (text: string): number => context.measureText(text.replace(/\s+/gu, ' ')).width / REFERENCE_PX;
  const space = em(' ');
  return blocks.map((block) => ({
    ...block,
    space,
    paragraphs: block.paragraphs.map((paragraph) => ({ ...paragraph, runs: paragraph.runs.map(em) })),
  }));
}
