import type { Page } from 'playwright-core';

/**
 * Marks the document `page` shows now. The function returned says whether the page still
 * shows that very document: a reload or a navigation loads a new one, without the mark.
 */
export async function markDocument(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    (window as unknown as { yeondaeTestMark?: true }).yeondaeTestMark = true;
  });
  return () => page.evaluate(() => (window as unknown as { yeondaeTestMark?: true }).yeondaeTestMark === true);
}
