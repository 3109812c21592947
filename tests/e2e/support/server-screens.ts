import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/show-server-harness';
import { useScratchFolders } from '../../support/scratch-folders';
import { useChromium } from './browser-hooks';

/**
 * Show servers on loopback and screens on them, for the browser tests of one file: each
 * screen in its own browser profile, as separate machines are (which also keeps its
 * animation frames at full rate). Everything is closed after each test.
 */
export function useServerScreens(prefix: string) {
  const browser = useChromium();
  const scratch = useScratchFolders(prefix);
  let running: TestServer | undefined;
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await running?.stop();
    running = undefined;
  });
  return {
    browser,
    scratch,
    /** Starts a server (the one of this test), replacing the previous one's handle. */
    async startServer(options: Omit<TestServerOptions, 'dataFolder'> & { readonly dataFolder?: string }): Promise<TestServer> {
      running = await startTestServer({ dataFolder: options.dataFolder ?? scratch(), ...options });
      return running;
    },
    /** Stops this test's server now (a test of what screens do without it). */
    async stopServer(): Promise<void> {
      await running?.stop();
      running = undefined;
    },
    async open(url: string, options: BrowserContextOptions = { viewport: { width: 1280, height: 720 } }): Promise<Page> {
      const context = await browser().newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    /** `open`, then waits until the app shows the show (see `whenReady`). */
    async openReady(url: string, options?: BrowserContextOptions): Promise<Page> {
      const page = await this.open(url, options);
      await whenReady(page);
      return page;
    },
  };
}

/** Waits until the page's view has drawn the show: the app's, not the first slide the page paints ahead of it. */
export const whenReady = (page: Page): Promise<void> => page.locator("[data-ready='true']:not([data-starting])").first().waitFor();
