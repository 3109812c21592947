import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../../../tools/browser/chromium';

/** One Chromium for the whole test file, closed after it. Returns the getter for it. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running yet');
    return browser;
  };
}

/**
 * A fresh browser profile for each test (its own storage, tabs and clock), closed after
 * it; `prepare` runs on it first (e.g. to install a fake clock). Returns the getter for it.
 */
export function useFreshContext(
  browser: () => Browser,
  options: BrowserContextOptions,
  prepare: (context: BrowserContext) => Promise<void> = async () => undefined,
): () => BrowserContext {
  let context: BrowserContext | undefined;
  beforeEach(async () => {
    context = await browser().newContext(options);
    await prepare(context);
  });
  afterEach(async () => {
    await context?.close();
  });
  return () => {
    if (context === undefined) throw new Error('no browser context yet');
    return context;
  };
}
