import { HANDOUT_FONT_FAMILY } from './handout-fonts';
import { PAGE_MARGINS_MM, PAPER_SIZES, type Paper } from './paper';

/**
 * The handout's print style: two equal columns, a hairline between rows so the eye
 * pairs each paragraph with its translation, Korean set with more leading and broken
 * between words only (keep-all), as the slides set it, and the page number in the
 * bottom margin ("2 / 3"), drawn by Chromium's page margin boxes in the same font.
 * The organizations are laid out on a grid whose cards share its rows (subgrid), so the
 * names of a row line up whether or not each has a code above it.
 */
export function handoutStyle(paper: Paper): string {
  const margins = PAGE_MARGINS_MM;
  const font = `'${HANDOUT_FONT_FAMILY}'`;
  return `
@page {
  size: ${PAPER_SIZES[paper].css};
  margin: ${margins.top}mm ${margins.side}mm ${margins.bottom}mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: ${font}; font-size: 8.5pt; color: #444; }
}
html { font-family: ${font}; font-size: 10.5pt; color: #000; background: #fff; }
body { margin: 0; }
.row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; padding: 3.5mm 0; break-inside: avoid; }
.row + .row, .organizations + .row { border-top: 0.4pt solid #999; }
.column p { margin: 0; }
.column p + p { margin-top: 2.6mm; }
.column[lang="en"] { line-height: 1.42; }
.column[lang="ko"] { line-height: 1.7; word-break: keep-all; line-break: strict; }
.signatory { font-weight: 600; }
.organizations { list-style: none; margin: 0; padding: 2mm 0 4mm; display: grid; grid-template-columns: repeat(3, 1fr); column-gap: 8mm; row-gap: 0; }
.organization { grid-row: span 3; display: grid; grid-template-rows: subgrid; row-gap: 1.5mm; justify-items: center; align-items: start; text-align: center; padding-bottom: 5mm; break-inside: avoid; }
.organization .code { grid-row: 1; width: 27mm; height: 27mm; }
.organization .name { grid-row: 2; font-weight: 600; }
.organization .link { grid-row: 3; font-size: 9pt; overflow-wrap: anywhere; }
.read-along { display: grid; grid-template-columns: 30mm 1fr; column-gap: 6mm; align-items: center; padding: 0 0 4mm; border-bottom: 0.4pt solid #999; break-inside: avoid; }
.read-along .code { width: 30mm; height: 30mm; }
.read-along p { margin: 0 0 1.2mm; }
.read-along [lang="ko"] { word-break: keep-all; }
.read-along-title { font-weight: 600; font-size: 12pt; }
.read-along-address { font-size: 8.5pt; overflow-wrap: anywhere; color: #333; }
`;
}
