import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { Viewport } from './show-page';

/** The system languages a presenter's computer may have; the view picks its language from them. */
export const SYSTEM_LOCALES = { en: 'en-US', ko: 'ko-KR' } as const;

/**
 * Opens the presenter view in a fresh profile whose system language is `language`'s, at
 * `viewport`, and waits until it shows the show. `query` adds address options (`&loop`),
 * `options` the profile's (`bypassCSP` to inject axe). The caller closes the page's context.
 */
export async function openPresenter(browser: Browser, language: keyof typeof SYSTEM_LOCALES, viewport: Viewport, query = '', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...options, viewport, locale: SYSTEM_LOCALES[language] });
  const page = await context.newPage();
  await page.goto(`${inject('showUrl')}?view=presenter${query}`);
  await page.locator("main[data-ready='true']").waitFor();
  return page;
}
