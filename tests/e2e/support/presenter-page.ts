import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { useProfilesOfEachTest } from './browser-hooks';
import { openReady, type Viewport } from './show-page';

/** The system languages a presenter's computer may have; the view picks its language from them. */
export const SYSTEM_LOCALES = { en: 'en-US', ko: 'ko-KR' } as const;

/**
 * Opens the presenter view in a fresh profile whose system language is `language`'s, at
 * `viewport`, and waits until it shows the show. `query` adds address options (`&loop`),
 * `options` the profile's (`bypassCSP` to inject axe). The caller closes the page's context:
 * tests open it through `usePresenterViews`, which does.
 */
async function openPresenter(browser: Browser, language: keyof typeof SYSTEM_LOCALES, viewport: Viewport, query = '', options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...options, viewport, locale: SYSTEM_LOCALES[language] });
  return openReady(context, `${inject('showUrl')}?view=presenter${query}`);
}

/**
 * `openPresenter` for the tests of one file: each view's profile is closed after the test
 * that opened it. Call at the top of the file; returns the opener.
 */
export function usePresenterViews(browser: () => Browser) {
  const closeAfterTest = useProfilesOfEachTest();
  return async (language: keyof typeof SYSTEM_LOCALES, viewport: Viewport, query = '', options: BrowserContextOptions = {}): Promise<Page> => {
    const page = await openPresenter(browser(), language, viewport, query, options);
    closeAfterTest(page.context());
    return page;
  };
}
