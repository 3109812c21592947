import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { projectPath } from '../../support/project-content';

export interface Thumbnail {
  readonly label: string;
  /** A screenshot of the whole screen, as JPEG, at about the sheet's size. */
  readonly image: Buffer;
}

/** How wide a slide is on the sheet, in pixels. */
const THUMB_WIDTH = 360;

/**
 * The whole screen of `page`, drawn by Chromium at twice the sheet's size rather than at
 * the screen's own: the sheet shows it at 360 px, and a 4K screen's full-size JPEG costs
 * many times the time to encode and send, for pixels the sheet throws away.
 */
export async function thumbnailOf(page: Page): Promise<Buffer> {
  const { width, height } = page.viewportSize() ?? { width: THUMB_WIDTH, height: THUMB_WIDTH };
  const session = await page.context().newCDPSession(page);
  try {
    const { data } = (await session.send('Page.captureScreenshot', {
      format: 'jpeg',
      quality: 70,
      clip: { x: 0, y: 0, width, height, scale: Math.min(1, (2 * THUMB_WIDTH) / width) },
    })) as { data: string };
    return Buffer.from(data, 'base64');
  } finally {
    await session.detach();
  }
}

/**
 * Lays screenshots out on one page, labelled, and saves it as a PNG under
 * `test-results/contact-sheets/`, so a person can review every slide at a glance.
 */
export async function saveContactSheet(browser: Browser, name: string, thumbnails: readonly Thumbnail[], screen: { width: number; height: number }): Promise<string> {
  const columns = screen.width >= screen.height ? 6 : 9;
  const thumbWidth = THUMB_WIDTH;
  const page = await browser.newPage({ viewport: { width: columns * (thumbWidth + 12) + 12, height: 600 } });
  const cells = thumbnails
    .map(
      (thumb) =>
        `<figure><img src="data:image/jpeg;base64,${thumb.image.toString('base64')}"><figcaption>${thumb.label}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(`<!doctype html><style>
    body { margin: 0; padding: 12px; background: #333; font: 14px sans-serif; color: #eee; }
    h1 { font-size: 18px; margin: 0 0 12px; }
    main { display: grid; grid-template-columns: repeat(${columns}, ${thumbWidth}px); gap: 12px; }
    figure { margin: 0; } img { width: ${thumbWidth}px; display: block; outline: 1px solid #666; }
    figcaption { padding: 2px 0; }
  </style><h1>${name}: ${thumbnails.length} slides</h1><main>${cells}</main>`);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const folder = projectPath('test-results/contact-sheets');
  mkdirSync(folder, { recursive: true });
  const path = `${folder}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await page.close();
  return path;
}
