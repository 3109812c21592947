import type { Language, Slide } from '../../common/deck/deck';
import type { TextBlock, TextParagraph } from '../../common/layout/measured-fit';
import { LINE_HEIGHT, MAX_LINE_EM } from '../../common/layout/type-scale';
import { runsOnly, wordRuns } from '../../common/layout/word-runs';

/** A slide's text as the fit will measure it: its runs as text. */
export type PlannedBlock = TextBlock<string>;
type PlannedParagraph = TextParagraph<string>;

/** Stacked mode: the second language's size as a fraction of the first's, and the gap above it. Keep in step with show.css. */
const SECONDARY = { scale: 0.72, marginTop: 0.9 };
/** The gap above the signatory and above the list of organizations. Keep in step with show.css. */
const EXTRAS_GAP_EM = 0.6;

/** Text that wraps at its spaces only (no WholeWords spans, but `keep-all` keeps Korean words whole). */
const spaceSeparated = (text: string): string[] => text.split(/\s+/u).filter(Boolean);

/** The signatory and the organizations, as SlideView renders them under the primary text. */
function extrasOf(slide: Slide): PlannedParagraph[] {
  const extras: PlannedParagraph[] = [];
  if (slide.signatory !== undefined) extras.push({ runs: spaceSeparated(slide.signatory), marginTop: EXTRAS_GAP_EM });
  (slide.organizations ?? []).forEach((organization, index) => {
    const line = organization.link === undefined ? organization.name : `${organization.name} ${organization.link}`;
    extras.push({ runs: spaceSeparated(line), marginTop: index === 0 ? EXTRAS_GAP_EM : 0 });
  });
  return extras;
}

/**
 * What the fit measures of a slide: the blocks SlideView renders for `langs` (the
 * primary first, then any smaller one below), each with its paragraphs broken into the
 * runs the page breaks lines between, and the line height and longest line of its script.
 * The page's layout confirms what the fit computes from it, so a drift from show.css costs
 * a second layout, never a wrong size.
 */
export function planSlideText(slide: Slide, langs: readonly Language[]): PlannedBlock[] {
  return langs.map((lang, index) => ({
    scale: index === 0 ? 1 : SECONDARY.scale,
    lineHeight: LINE_HEIGHT[lang],
    maxLineEm: MAX_LINE_EM[lang],
    marginTop: index === 0 ? 0 : SECONDARY.marginTop,
    paragraphs: [{ runs: runsOnly(wordRuns(slide.text[lang] ?? '')), marginTop: 0 }, ...(index === 0 ? extrasOf(slide) : [])],
  }));
}
