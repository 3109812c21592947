import type { BrowserContextOptions } from 'playwright-core';

/** A phone's browser, as the remote meets it: a small touch screen at twice the pixels, in `locale`, upright unless told. */
export const phone = (locale = 'en-US', viewport: { readonly width: number; readonly height: number } = { width: 360, height: 640 }): BrowserContextOptions => ({
  viewport,
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
  locale,
});
