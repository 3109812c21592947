import type { Page } from 'playwright-core';

/**
 * The colour a person sees at one point of the page, `#rrggbb`, read from a screenshot
 * (what Chromium painted, not what the CSS asks for). The PNG is decoded in a blank page
 * of the same browser, since the show's own pages allow no `data:` images.
 */
export async function screenPixel(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, animations: 'disabled' });
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
      return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}
