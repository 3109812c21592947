/** The paper sizes a handout is made for: A4 nearly everywhere, US Letter in North America. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Each paper's size for CSS `@page`, and in millimetres. */
export const PAPER_SIZES: Readonly<Record<Paper, { readonly css: string; readonly widthMm: number; readonly heightMm: number }>> = {
  a4: { css: 'A4', widthMm: 210, heightMm: 297 },
  letter: { css: 'letter', widthMm: 215.9, heightMm: 279.4 },
};

/**
 * The page's margins in millimetres. The page number sits in the bottom margin, centred;
 * the text columns are centred between the side margins, so the gap between them is the
 * middle of the page.
 */
export const PAGE_MARGINS_MM = { top: 18, side: 16, bottom: 20 } as const;

export function isPaper(value: string): value is Paper {
  return (PAPERS as readonly string[]).includes(value);
}
