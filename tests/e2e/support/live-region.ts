import type { Page } from 'playwright-core';

/** What the audience screen's live region holds now: its role, and each language part's `lang` and words. */
export const announced = (page: Page) =>
  page.getByTestId('slide-announcement').evaluate((region) => ({
    role: region.getAttribute('role'),
    live: region.getAttribute('aria-live'),
    parts: [...region.children].map((part) => ({ lang: part.getAttribute('lang'), text: part.textContent })),
  }));

/** Starts counting every change to the live region (each one a screen reader would speak); read it with `regionChanges`. */
export const countRegionChanges = (page: Page): Promise<void> =>
  page.getByTestId('slide-announcement').evaluate((region) => {
    const win = window as unknown as { regionChanges: number };
    win.regionChanges = 0;
    new MutationObserver((records) => (win.regionChanges += records.length)).observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
  });

/** The changes to the live region since `countRegionChanges`. */
export const regionChanges = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { regionChanges: number }).regionChanges);
