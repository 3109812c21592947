import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';

/**
 * Reads the QR code in a screenshot of `code` (the element and nothing else, at the
 * screen's own pixels), as a phone pointed at that part of the screen would: the PNG is
 * decoded to pixels in `blank`, a page of no origin (so no content policy forbids the
 * image), and `jsqr` reads them. Proves the code on screen scans, not only that some
 * address is in the page. A crop larger than a phone's view is scaled down to one
 * (`PHONE_VIEW_PX`, still ten pixels or more to a module): the pixels cross from the page
 * to Node, and a code photographed from 8K would be millions of them.
 */
const PHONE_VIEW_PX = 480;

export async function readQrOnScreen(code: Locator, blank: Page): Promise<string | undefined> {
  const png = await code.screenshot({ animations: 'disabled' });
  const image = await blank.evaluate(
    async ({ url, most }) => {
      const element = new Image();
      element.src = url;
      await element.decode();
      const scale = Math.min(1, most / Math.max(element.naturalWidth, element.naturalHeight));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(element.naturalWidth * scale);
      canvas.height = Math.round(element.naturalHeight * scale);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d canvas');
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
      // The code is black on white: one channel is the whole picture, a quarter of the bytes to carry.
      return { width: canvas.width, height: canvas.height, grey: Array.from({ length: rgba.length / 4 }, (_, index) => rgba[index * 4] ?? 255) };
    },
    { url: `data:image/png;base64,${png.toString('base64')}`, most: PHONE_VIEW_PX },
  );
  const rgba = new Uint8ClampedArray(image.grey.length * 4);
  image.grey.forEach((grey, index) => rgba.set([grey, grey, grey, 255], index * 4));
  return jsQR(rgba, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}
