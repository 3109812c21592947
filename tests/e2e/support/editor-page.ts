import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The editor page's row of segment `n` (1-based), found by its heading as a person finds it. */
export const segmentRow = (page: Page, n: number): Locator => page.locator('.edit-segment').nth(n - 1);

/** A row's text box in `lang`. */
export const textBox = (row: Locator, lang: 'en' | 'ko'): Locator => row.locator(`textarea[lang='${lang}']`);

/** Opens the editor page and waits until it shows the statement's segments. */
export async function openEditor(open: (url: string, options?: { viewport: { width: number; height: number } }) => Promise<Page>, url: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await open(url, { viewport });
  await page.locator('.edit-segment').first().waitFor();
  return page;
}

/** Waits until the page says its files are saved and the show has them. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.edit-status').textContent()).toMatch(/Saved|저장했습니다/u);
}

/** Puts the cursor in a text box at `offset`, as a click there would. */
export async function placeCursor(box: Locator, offset: number): Promise<void> {
  await box.click();
  await box.evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), offset);
}
