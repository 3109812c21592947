import { describe, expect, it } from 'vitest';
import { heightAt, largestFittingSize, type MeasuredBlock } from '../../../common/layout/measured-fit';
import { gridColumns, gridHeightPx, linkPieces, ORGANIZATION_GRID, type OrganizationCard } from '../../../common/layout/organization-grid';

const { cardEm, columnGapEm, rowGapEm, marginTopEm, codeGapEm, name, link } = ORGANIZATION_GRID;
const SPACE = 0.25;
const STRICT = { breakInsideRuns: false };

/** The width `columns` cards and the gaps between them take at 100 px. */
const widthOf = (columns: number): number => (columns * cardEm + (columns - 1) * columnGapEm) * 100;

/** A card whose name is one 2-em word, with a code or not, and a link of `linkEm` (one character) or none. */
const card = (hasCode: boolean, linkEm = 0, nameRuns: readonly number[] = [2]): OrganizationCard<number> => ({
  name: nameRuns,
  link: linkEm > 0 ? [linkEm] : [],
  hasCode,
});

/** At 100 px: the code and its gap, one line of name, and one line of link after its gap. */
const CODE_PX = (cardEm + codeGapEm) * 100;
const NAME_LINE_PX = name.scale * name.lineHeight * 100;
const LINK_PX = link.gapEm * 100 + link.scale * link.lineHeight * 100;

describe('linkPieces', () => {
  it('cuts an address where the slides’ text breaks one (address-breaks.ts), and the pieces are the link exactly', () => {
    expect(linkPieces('https://example.org/solidarity')).toEqual(['https://', 'example', '.org/', 'solidarity']);
    expect(linkPieces('@placeholder_collective')).toEqual(['@placeholder', '_collective']);
    expect(linkPieces('example.net/mutual-aid?x=1')).toEqual(['example', '.net/', 'mutual', '-aid', '?x', '=1']);
    for (const link of ['https://example.org/solidarity', '//a..b', '-lead', 'plain', '팔레스타인.org']) expect(linkPieces(link).join('')).toBe(link);
  });
});

describe('gridColumns', () => {
  it('puts as many cards on a row as fit the width, and no more than there are cards', () => {
    expect(gridColumns(3, widthOf(8), 100)).toBe(3);
    expect(gridColumns(10, widthOf(5), 100)).toBe(5);
    expect(gridColumns(10, widthOf(5) - 1, 100)).toBe(4);
  });

  it('evens the cards out over the rows they need: seven where five fit make rows of four and three', () => {
    expect(gridColumns(7, widthOf(5), 100)).toBe(4);
    expect(gridColumns(12, widthOf(5), 100)).toBe(4);
  });

  it('keeps one column where not even one card fits across', () => {
    expect(gridColumns(5, 100, 100)).toBe(1);
  });
});

describe('gridHeightPx', () => {
  it('is nothing for an empty list', () => {
    expect(gridHeightPx([], SPACE, 100, widthOf(4))).toBe(0);
  });

  it('stacks the rows, each as tall as its code, name and link, with the gaps above and between them', () => {
    const four = [card(true, 1), card(true, 1), card(true, 1), card(true, 1)];
    expect(gridHeightPx(four, SPACE, 100, widthOf(4))).toBeCloseTo(marginTopEm * 100 + CODE_PX + NAME_LINE_PX + LINK_PX);
    expect(gridHeightPx(four, SPACE, 100, widthOf(2))).toBeCloseTo(marginTopEm * 100 + 2 * (CODE_PX + NAME_LINE_PX + LINK_PX) + rowGapEm * 100);
  });

  it('makes a row as tall as its tallest card: a handle with no code beside a code takes no height of its own', () => {
    expect(gridHeightPx([card(true, 1), card(false, 1)], SPACE, 100, widthOf(2))).toBeCloseTo(marginTopEm * 100 + CODE_PX + NAME_LINE_PX + LINK_PX);
    expect(gridHeightPx([card(false, 1)], SPACE, 100, widthOf(2))).toBeCloseTo(marginTopEm * 100 + NAME_LINE_PX + LINK_PX);
  });

  it('wraps a long name between its words, and a long link between its pieces, within the card', () => {
    const lineEm = cardEm / name.scale;
    const twoLineName = card(true, 0, [lineEm * 0.6, lineEm * 0.6]);
    expect(gridHeightPx([twoLineName], SPACE, 100, widthOf(1))).toBeCloseTo(marginTopEm * 100 + CODE_PX + 2 * NAME_LINE_PX);
    const linkCharacters = Array.from({ length: 30 }, () => 0.5);
    const longLink: OrganizationCard<number> = { name: [2], link: linkCharacters, hasCode: true };
    const linkLines = Math.ceil((30 * 0.5) / ((cardEm * 100 - 0.5) / (link.scale * 100)));
    expect(linkLines).toBeGreaterThan(1);
    expect(gridHeightPx([longLink], SPACE, 100, widthOf(1))).toBeCloseTo(
      marginTopEm * 100 + CODE_PX + NAME_LINE_PX + link.gapEm * 100 + linkLines * link.scale * link.lineHeight * 100,
    );
  });

  it('is infinite where not even one card fits across, so the fit sets the slide smaller', () => {
    expect(gridHeightPx([card(true)], SPACE, 100, cardEm * 100 - 10)).toBe(Infinity);
  });
});

describe('the fit of an organizations slide', () => {
  /** The heading (three 4-em words) with `count` cards under it, as the renderer measures them. */
  const slide = (count: number): MeasuredBlock[] => [
    {
      scale: 1,
      lineHeight: 1.25,
      maxLineEm: 36,
      marginTop: 0,
      space: SPACE,
      paragraphs: [{ runs: [4, 4, 4], marginTop: 0 }],
      organizations: Array.from({ length: count }, () => card(true, 1)),
    },
  ];

  it('counts the grid under the heading', () => {
    expect(heightAt(slide(4), 100, widthOf(4), STRICT)).toBeCloseTo(125 + gridHeightPx(slide(4)[0]?.organizations ?? [], SPACE, 100, widthOf(4)));
  });

  it('sets a short list larger than a long one on the same screen: one organization gets the biggest code', () => {
    const screen = { width: 1194, height: 634 };
    const sizes = [1, 4, 12].map((count) => largestFittingSize(slide(count), screen, 61, 6, STRICT) ?? 0);
    expect(sizes[0]).toBeGreaterThan(sizes[1] ?? Infinity);
    expect(sizes[1]).toBeGreaterThan(sizes[2] ?? Infinity);
    expect(sizes[2]).toBeGreaterThan(0);
  });
});
