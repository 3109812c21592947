import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from '../../support/show-server-harness';
import { useScratchFolders } from '../../support/scratch-folders';
import { useChromium, useProfilesOfEachTest } from './browser-hooks';
import { probeShowSocket, type ShowSocketProbe } from './show-socket-probe';
import { whenReady } from './show-page';

export { whenReady } from './show-page';

/** Readies a screen's browser profile before its page opens (a fake clock, a watched socket). */
type Prepare = (context: BrowserContext) => Promise<void>;

/**
 * Show servers on loopback and screens on them, for the browser tests of one file: each
 * screen in its own browser profile, as separate machines are (which also keeps its
 * animation frames at full rate). Everything is closed after each test.
 */
export function useServerScreens(prefix: string) {
  const browser = useChromium();
  const scratch = useScratchFolders(prefix);
  let running: TestServer | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  // Registered after the server's stop, so the screens close first.
  const closeAfterTest = useProfilesOfEachTest();
  /** Opens `url` in a new profile made with `options`; `prepare` readies the profile first (a fake clock, say). */
  const open = async (url: string, options: BrowserContextOptions = { viewport: { width: 1280, height: 720 } }, prepare?: Prepare): Promise<Page> => {
    const context = closeAfterTest(await browser().newContext(options));
    await prepare?.(context);
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  /** `open`, then waits until the app shows the show (see `whenReady`). */
  const openReady = async (url: string, options?: BrowserContextOptions, prepare?: Prepare): Promise<Page> => {
    const page = await open(url, options, prepare);
    await whenReady(page);
    return page;
  };
  /** `openReady`, with the page's connection to the server watched (see show-socket-probe.ts). */
  const openWatched = async (url: string, options?: BrowserContextOptions, prepare?: Prepare): Promise<{ page: Page; socket: ShowSocketProbe }> => {
    let socket: ShowSocketProbe | undefined;
    const page = await openReady(url, options, async (context) => {
      socket = await probeShowSocket(context);
      await prepare?.(context);
    });
    if (socket === undefined) throw new Error('the socket probe was not set up');
    return { page, socket };
  };
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
    open,
    openReady,
    openWatched,
  };
}
