import { addressPieces } from './address-breaks';
import { wrappedLineCount } from './line-wrap';

/**
 * How the organizations slide sets its list: a grid of cards under the heading, each card
 * a QR code (for a link that is a web address), the name, then the link as text. Every
 * length is in em of the slide's fitted size, so the whole slide grows and shrinks with
 * the one size the fit sets. Keep in step with `.slide-organizations` in show.css.
 */
export const ORGANIZATION_GRID = {
  /** The gap above the grid. */
  marginTopEm: 0.8,
  /**
   * A card's width, and the side of its QR code, light quiet zone included. 4.4 em is what
   * lets a dozen organizations fit two rows of six at 16:9, where the heading is set at
   * about 36 px on a 1280x720 projector: a code of about 158 px, some 4 px to a module,
   * which a phone reads from across a meeting room.
   */
  cardEm: 4.4,
  columnGapEm: 0.7,
  rowGapEm: 0.7,
  /** Between the code and the name. */
  codeGapEm: 0.25,
  /** The name: its size as a fraction of the slide's, and its line height. */
  name: { scale: 0.5, lineHeight: 1.2 },
  /** The link under the name: smaller, and broken at its break points (see linkPieces). */
  link: { scale: 0.4, lineHeight: 1.25, gapEm: 0.1 },
} as const;

/**
 * One organization's card as the fit sees it: the runs of its name (words), the runs of
 * its link (its pieces, see linkPieces), as text or as widths in em of their own size, and
 * whether it has a QR code.
 */
export interface OrganizationCard<Run> {
  readonly name: readonly Run[];
  readonly link: readonly Run[];
  readonly hasCode: boolean;
}

/**
 * A link cut where it may break across lines, by the rule the slides' text follows
 * (address-breaks.ts: after a slash, before a full stop and the other marks;
 * `example.org/x` → `example` `.org/` `x`): an address has no spaces, and breaking it
 * anywhere would split a word (`exampl` `e.org`). A piece still longer than the card
 * breaks inside. The pieces, joined, are the link exactly.
 */
export function linkPieces(link: string): string[] {
  return addressPieces(link);
}

/** A hair the layout may add to measured widths, in CSS px (see measured-fit.ts). */
const LAYOUT_SLACK_PX = 0.5;

/**
 * How many columns the grid takes at `sizePx` in `widthPx`: as many as fit, then evened
 * out over the rows it needs (seven cards where five fit a row make rows of four and
 * three, not five and two). Never fewer than one.
 */
export function gridColumns(cardCount: number, widthPx: number, sizePx: number): number {
  const { cardEm, columnGapEm } = ORGANIZATION_GRID;
  const fitting = Math.floor((widthPx + columnGapEm * sizePx + LAYOUT_SLACK_PX) / ((cardEm + columnGapEm) * sizePx));
  const most = Math.max(1, Math.min(cardCount, fitting));
  const rows = Math.ceil(cardCount / most);
  return Math.max(1, Math.ceil(cardCount / rows));
}

/** The height of one card at `sizePx`, from its measured runs (`space`: the width of a space, in em). */
function cardHeightPx(card: OrganizationCard<number>, space: number, sizePx: number): number {
  const { cardEm, codeGapEm, name, link } = ORGANIZATION_GRID;
  const cardPx = cardEm * sizePx - LAYOUT_SLACK_PX;
  const lines = (runs: readonly number[], scale: number, gap: number): number => {
    const count = wrappedLineCount(runs, gap, cardPx / (scale * sizePx));
    return count * scale * sizePx;
  };
  let height = card.hasCode ? (cardEm + codeGapEm) * sizePx : 0;
  height += lines(card.name, name.scale, space) * name.lineHeight;
  if (card.link.length > 0) height += link.gapEm * sizePx + lines(card.link, link.scale, 0) * link.lineHeight;
  return height;
}

/**
 * The height the grid takes at `sizePx` in `widthPx`, its top margin included: each row
 * as tall as its tallest card (cards fill the rows in order), with the gaps between rows.
 * Zero for no cards; Infinity where not even one card fits across.
 */
export function gridHeightPx(cards: readonly OrganizationCard<number>[], space: number, sizePx: number, widthPx: number): number {
  if (cards.length === 0) return 0;
  const { marginTopEm, rowGapEm, cardEm } = ORGANIZATION_GRID;
  if (cardEm * sizePx > widthPx + LAYOUT_SLACK_PX) return Infinity;
  const columns = gridColumns(cards.length, widthPx, sizePx);
  let height = marginTopEm * sizePx;
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns).map((card) => cardHeightPx(card, space, sizePx));
    height += Math.max(...row) + (start === 0 ? 0 : rowGapEm * sizePx);
  }
  return height;
}
