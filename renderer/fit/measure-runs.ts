import type { MeasuredBlock } from '../../common/layout/measured-fit';
import type { PlannedBlock } from './slide-text-plan';

/**
 * The size runs are measured at. Text width grows in proportion to the size (Chromium
 * positions glyphs to fractions of a pixel), so one measurement serves every size.
 */
const REFERENCE_PX = 100;

/** More runs than any statement has; past it the widths are forgotten, so a long-running show never grows. */
const MOST_REMEMBERED = 20_000;

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';
/** The font of the last fit, for measuring ahead. */
let slideFont: string | undefined;
/** Widths already measured, in em, by font and run. */
const widths = new Map<string, number>();

/**
 * A 2D context to measure text with: the canvas uses the page's fonts, shaped as the page
 * shapes them. When fonts finish loading, every width is forgotten: one measured while
 * its font was still on its way was measured in a fallback.
 */
function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context !== null) context.fontKerning = 'normal';
    document.fonts.addEventListener('loadingdone', () => widths.clear());
  }
  return context;
}

/** The width of `run` in `font`, in em, measured once. White space counts as one space, as the page collapses it. */
function emWidth(canvas: CanvasRenderingContext2D, font: string, run: string): number {
  const key = `${font}\n${run}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (contextFont !== font) canvas.font = contextFont = font;
    width = canvas.measureText(run.replace(/\s+/gu, ' ')).width / REFERENCE_PX;
    if (widths.size >= MOST_REMEMBERED) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * Measures every run of `blocks` in em, in the text's own font (`fontFamily` and
 * `fontWeight` as computed for it), kerned as the page kerns. Returns undefined where a
 * canvas is not available.
 */
export function measureRuns(blocks: readonly PlannedBlock[], fontFamily: string, fontWeight: string): MeasuredBlock[] | undefined {
  const canvas = measuringContext();
  if (canvas === null) return undefined;
  const font = `${fontWeight} ${REFERENCE_PX}px ${fontFamily}`;
  slideFont = font;
  const space = emWidth(canvas, font, ' ');
  const measure = (runs: readonly string[]): number[] => runs.map((run) => emWidth(canvas, font, run));
  return blocks.map(({ organizations, ...block }) => ({
    ...block,
    space,
    paragraphs: block.paragraphs.map((paragraph) => ({ ...paragraph, runs: measure(paragraph.runs) })),
    ...(organizations === undefined ? {} : { organizations: organizations.map((card) => ({ ...card, name: measure(card.name), link: measure(card.link) })) }),
  }));
}

/**
 * Measures the runs of `blocks` now, in the font of the last fit, so that the fits to
 * come find them measured. Does nothing before the first fit.
 */
export function measureAhead(blocks: readonly PlannedBlock[]): void {
  const canvas = measuringContext();
  if (canvas === null || slideFont === undefined) return;
  for (const block of blocks) for (const paragraph of block.paragraphs) for (const run of paragraph.runs) emWidth(canvas, slideFont, run);
}
