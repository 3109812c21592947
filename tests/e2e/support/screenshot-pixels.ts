import jsQR from 'jsqr';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/** A screenshot as pixels: `rgba` holds four bytes a pixel, row by row. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8ClampedArray;
}

/**
 * Decodes a PNG screenshot to pixels, scaled down (if larger) so its longer side is at most
 * `mostPx`. The PNG is decoded by Chromium in a blank page, a page of no origin (the
 * show's own pages allow no `data:` images, and rightly): `decoder` if given one, else a
 * new page of the profile given, closed after. The pixels cross to Node as base64, a third
 * more than their bytes rather than a number each.
 */
export async function decodeScreenshot(png: Buffer, decoderOrContext: Page | BrowserContext, mostPx = Number.POSITIVE_INFINITY): Promise<Pixels> {
  const own = 'newPage' in decoderOrContext;
  const decoder = own ? await decoderOrContext.newPage() : decoderOrContext;
  try {
    const decoded = await decoder.evaluate(
      async ({ url, most }) => {
        const image = new Image();
        image.src = url;
        await image.decode();
        const scale = Math.min(1, most / Math.max(image.naturalWidth, image.naturalHeight));
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(image.naturalWidth * scale);
        canvas.height = Math.round(image.naturalHeight * scale);
        const drawing = canvas.getContext('2d');
        if (drawing === null) throw new Error('no 2d canvas');
        drawing.drawImage(image, 0, 0, canvas.width, canvas.height);
        const bytes = drawing.getImageData(0, 0, canvas.width, canvas.height).data;
        let binary = '';
        for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
        return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
      },
      { url: `data:image/png;base64,${png.toString('base64')}`, most: mostPx },
    );
    return { width: decoded.width, height: decoded.height, rgba: new Uint8ClampedArray(Buffer.from(decoded.base64, 'base64')) };
  } finally {
    if (own) await decoder.close();
  }
}

/**
 * The colour a person sees at one point of the page, `#rrggbb`, read from a screenshot
 * (what Chromium painted, not what the CSS asks for).
 */
export async function screenPixel(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, animations: 'disabled' });
  const { rgba } = await decodeScreenshot(png, page.context());
  return `#${[...rgba.subarray(0, 3)].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A crop larger than a phone's view is scaled down to one (still ten pixels or more to a
 * module of the codes we show): the pixels cross from the page to Node, and a code
 * photographed from 8K would be millions of them.
 */
const PHONE_VIEW_PX = 480;

/**
 * Reads the QR code in a screenshot of `code` (the element and nothing else, at the
 * screen's own pixels), as a phone pointed at that part of the screen would. Proves the
 * code on screen scans, not only that some address is in the page. `decoder` is a blank
 * page to decode in, for a test that reads many codes (see `decodeScreenshot`).
 */
export async function readQrOnScreen(code: Locator, decoder?: Page): Promise<string | undefined> {
  const png = await code.screenshot({ animations: 'disabled' });
  const { width, height, rgba } = await decodeScreenshot(png, decoder ?? code.page().context(), PHONE_VIEW_PX);
  return jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' })?.data;
}
