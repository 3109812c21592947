// Draws the app icon — white "연대" on black, in Pretendard, the font the show itself uses —
// in headless Chromium, at each size the icon files need.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../browser/chromium';
import type { IconImage } from './icon-files';

/** The mark on the icon: "solidarity", the app's name. */
const MARK = '연대';

/** Bold for the icon: the show's variable font is cut into subsets, this static cut is whole. */
const FONT_FILE = createRequire(import.meta.url).resolve('pretendard/dist/web/static/woff2/Pretendard-Bold.woff2');

/**
 * Renders the icon once per size on a canvas, each size drawn afresh (not scaled down from
 * the largest) so that small icons get sharp edges. The mark is centred on its inked
 * outline, measured per size, rather than on the font's line box, which sits Hangul high.
 * Fails if the font did not load, so a fallback font can never end up in the icon.
 */
export async function renderIconImages(sizes: readonly number[]): Promise<IconImage[]> {
  const font = readFileSync(FONT_FILE).toString('base64');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(`<style>@font-face { font-family: IconMark; font-weight: 700; src: url(data:font/woff2;base64,${font}) format('woff2'); }</style>`);
    const dataUrls = await page.evaluate(
      async ({ mark, sizes }) => {
        await document.fonts.load('700 64px IconMark', mark);
        if (!document.fonts.check('700 64px IconMark', mark)) throw new Error('Pretendard did not load');
        return sizes.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d');
          if (context === null) throw new Error('no 2D canvas');
          context.fillStyle = '#000';
          context.fillRect(0, 0, size, size);
          context.font = `700 ${size * 0.38}px IconMark`;
          const ink = context.measureText(mark);
          const width = ink.actualBoundingBoxLeft + ink.actualBoundingBoxRight;
          const height = ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent;
          context.fillStyle = '#fff';
          context.fillText(mark, (size - width) / 2 + ink.actualBoundingBoxLeft, (size - height) / 2 + ink.actualBoundingBoxAscent);
          return canvas.toDataURL('image/png');
        });
      },
      { mark: MARK, sizes: [...sizes] },
    );
    return dataUrls.map((dataUrl, index) => ({
      size: sizes[index] ?? 0,
      png: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'),
    }));
  } finally {
    await browser.close();
  }
}
