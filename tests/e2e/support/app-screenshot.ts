import type { Browser } from 'playwright-core';
import type { Language } from '../../../common/deck/deck';
import { openShowOfFolder } from './content-folder-host';
import { waitForSettled, type Viewport } from './show-page';

/** A slide as the app shows it: its screenshot, and where its QR codes are, in CSS pixels. */
export interface AppSlide {
  readonly png: Buffer;
  readonly codes: readonly { readonly x: number; readonly y: number; readonly width: number; readonly height: number }[];
}

/**
 * The app's own screenshot of slide `slideId` (in `lang`, if given) of the content folder
 * `folder`, on a screen of `size`, once it has settled: fitted, faded in, every QR code drawn.
 */
export async function appSlide(browser: Browser, folder: string, size: Viewport, slideId: string, lang?: Language): Promise<AppSlide> {
  const page = await openShowOfFolder(browser, folder, size, { type: 'goToSlide', slideId, ...(lang === undefined ? {} : { lang }) });
  try {
    await page.locator(`.slide[data-phase='current'][data-slide-id='${slideId}']:not(:has(.organization-code[data-ready='false']))`).waitFor();
    await waitForSettled(page);
    const codes = await page.locator(".slide[data-phase='current'] .organization-code").evaluateAll((elements) =>
      elements.map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    return { png: await page.screenshot(), codes };
  } finally {
    await page.close();
  }
}
