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

/**
 * Browser profiles a test opens, each closed after that test: returns the function that
 * takes one in (and gives it back). After-each hooks run last-registered first, so call it
 * after registering anything that must wait for the profiles to close.
 */
export function useProfilesOfEachTest(): (context: BrowserContext) => BrowserContext {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  return (context) => {
    contexts.push(context);
    return context;
  };
}
