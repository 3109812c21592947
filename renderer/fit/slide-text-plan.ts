import type { Language, Organization, Slide } from '../../common/deck/deck';
import { webAddress } from '../../common/deck/web-address';
import type { TextBlock, TextParagraph } from '../../common/layout/measured-fit';
import { linkPieces, type OrganizationCard } from '../../common/layout/organization-grid';
import { LINE_HEIGHT, MAX_LINE_EM } from '../../common/layout/type-scale';
import { linePieces } from '../../common/layout/word-runs';

/** A slide's text as the fit will measure it: its runs as text. */
export type PlannedBlock = TextBlock<string>;
type PlannedParagraph = TextParagraph<string>;

/** Stacked mode: the second language's size as a fraction of the first's, and the gap above it. Keep in step with show.css. */
const SECONDARY = { scale: 0.72, marginTop: 0.9 };
/** The gap above the signatory. Keep in step with show.css. */
const EXTRAS_GAP_EM = 0.6;

/** Text that wraps at its spaces only (no WholeWords spans, but `keep-all` keeps Korean words whole). */
const spaceSeparated = (text: string): string[] => text.split(/\s+/u).filter(Boolean);

/** A slide's text, as WholeWords renders it: the pieces a line breaks between, words and the pieces of web addresses. */
function textParagraph(text: string): PlannedParagraph {
  const { pieces, joined } = linePieces(text);
  return { runs: pieces, joined, marginTop: 0 };
}

/** The signatory, as SlideView renders it under the primary text. */
function extrasOf(slide: Slide): PlannedParagraph[] {
  return slide.signatory === undefined ? [] : [{ runs: spaceSeparated(slide.signatory), marginTop: EXTRAS_GAP_EM }];
}

/** An organization's card, as OrganizationGrid renders it: the name in words, the link in the pieces it breaks between. */
function organizationCard(organization: Organization): OrganizationCard<string> {
  const link = organization.link ?? '';
  return { name: spaceSeparated(organization.name), link: linkPieces(link), hasCode: webAddress(link) !== undefined };
}

/**
 * What the fit measures of a slide: the blocks SlideView renders for `langs` (the
 * primary first, then any smaller one below), each with its paragraphs broken into the
 * runs the page breaks lines between, and the line height and longest line of its script;
 * under the primary, the organizations' cards.
 * The page's layout confirms what the fit computes from it, so a drift from show.css costs
 * a second layout, never a wrong size.
 */
export function planSlideText(slide: Slide, langs: readonly Language[]): PlannedBlock[] {
  return langs.map((lang, index) => ({
    scale: index === 0 ? 1 : SECONDARY.scale,
    lineHeight: LINE_HEIGHT[lang],
    maxLineEm: MAX_LINE_EM[lang],
    marginTop: index === 0 ? 0 : SECONDARY.marginTop,
    paragraphs: [textParagraph(slide.text[lang] ?? ''), ...(index === 0 ? extrasOf(slide) : [])],
    ...(index === 0 && slide.organizations !== undefined ? { organizations: slide.organizations.map(organizationCard) } : {}),
  }));
}
