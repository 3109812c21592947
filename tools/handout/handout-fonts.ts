import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The family name the handout gives the bundled font, so no system font can answer to it. */
export const HANDOUT_FONT_FAMILY = 'Pretendard Handout';

/**
 * The weights the handout uses, as static cuts of Pretendard, the show's font (SIL OFL
 * 1.1): whole files, not the show's unicode-range slices, so every character is there.
 * Static rather than variable: Chromium embeds a static font in a PDF as a subset a
 * reader can search and copy from.
 */
const WEIGHTS = { 400: 'Regular', 600: 'SemiBold' } as const;

/** `@font-face` rules that carry the fonts inside the page, so nothing is fetched and nothing falls back. */
export function handoutFontFaces(): string {
  const resolve = createRequire(import.meta.url).resolve;
  return Object.entries(WEIGHTS)
    .map(([weight, cut]) => {
      const file = readFileSync(resolve(`pretendard/dist/web/static/woff2/Pretendard-${cut}.woff2`)).toString('base64');
      return `@font-face { font-family: '${HANDOUT_FONT_FAMILY}'; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${file}) format('woff2'); }`;
    })
    .join('\n');
}
