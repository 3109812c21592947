import { spawn } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { startBenchServer } from './bench-server';
import { percentile, probeFanOut } from './fan-out-probe';

const SCREENS = 4;
const CHANGES = 100;
const CHANGE_EVERY_MS = 1000;

/** Records, in the page, the wall-clock time of the first frame painted after each slide change. */
async function recordSwaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const swaps: { frame: string; at: number }[] = [];
    (window as unknown as { swaps: typeof swaps }).swaps = swaps;
    const show = document.querySelector('.show');
    if (show === null) throw new Error('no show');
    new MutationObserver(() => {
      const frame = show.getAttribute('data-frame') ?? '';
      // performance.timeOrigin can be tens of ms off the wall clock, differently in each page:
      // map the page's own clock to the machine's (Date.now, which the server uses too).
      const toWall = Date.now() - (performance.timeOrigin + performance.now());
      requestAnimationFrame((time) => swaps.push({ frame, at: performance.timeOrigin + time + toWall }));
    }).observe(show, { attributes: true, attributeFilter: ['data-frame'] });
  });
}

/** A process that keeps one core busy, so the screens are measured on a machine doing something else too. */
function busyProcess(): () => void {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => child.kill();
}

/**
 * The show server's figures: how far apart (in ms) `SCREENS` audience pages, each in its
 * own browser profile, swap slides over `CHANGES` changes made by command while another
 * process keeps a core busy; and how long one change takes to reach 200 WebSocket clients.
 * Everything stays on 127.0.0.1.
 */
export async function measureNetworkFigures(browser: Browser, content: { readonly deck: Deck; readonly settings: Settings }): Promise<string[]> {
  const bench = await startBenchServer(content, { maxClients: 250 });
  const { server, store, tokens } = bench;
  const stopBusy = busyProcess();
  try {
    const pages = await Promise.all(
      Array.from({ length: SCREENS }, async () => {
        const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
        await page.goto(`http://127.0.0.1:${server.port}/#key=${tokens.token('display')}`);
        // The app's show: the slide the page paints ahead of it is replaced, and follows no changes.
        await page.locator(".show[data-ready='true']:not([data-starting])").waitFor();
        await recordSwaps(page);
        return page;
      }),
    );
    // Let each page's clock estimate settle (its pings at connect, and once it has loaded).
    await new Promise((done) => setTimeout(done, 4000));
    for (let index = 0; index < CHANGES; index += 1) {
      store.dispatch({ type: index % 2 === 0 ? 'next' : 'previous' });
      await new Promise((done) => setTimeout(done, CHANGE_EVERY_MS));
    }
    const swaps = await Promise.all(pages.map((page) => page.evaluate(() => (window as unknown as { swaps: { at: number }[] }).swaps.map((swap) => swap.at))));
    const counted = Math.min(...swaps.map((list) => list.length));
    const spreads = Array.from({ length: counted }, (_unused, index) => {
      const moments = swaps.map((list) => list[index] ?? 0);
      return Math.max(...moments) - Math.min(...moments);
    });
    for (const page of pages) await page.context().close();
    stopBusy();
    const fanOut = await probeFanOut({
      socketUrl: `ws://127.0.0.1:${server.port}/show-socket`,
      origin: `http://127.0.0.1:${server.port}`,
      token: tokens.token('display'),
      clients: 200,
      changes: 1000,
      change: (index) => store.dispatch({ type: index % 2 === 0 ? 'next' : 'previous' }),
      timeoutMs: 120_000,
    });
    return [
      `screens in step: ${SCREENS} audience pages on the show server, ${counted} of ${CHANGES} changes seen by all, one core kept busy: spread of the swap moments median ${percentile(spreads, 0.5).toFixed(1)} ms, p95 ${percentile(spreads, 0.95).toFixed(1)} ms (target ≤ 50 ms at p95)`,
      `show server fan-out: one change to 200 WebSocket clients on 127.0.0.1, median ${percentile(fanOut.fanOutMs, 0.5).toFixed(2)} ms, p95 ${percentile(fanOut.fanOutMs, 0.95).toFixed(2)} ms (1000 changes, every state to every client: ${fanOut.statesPerClient.every((count) => count === 1000) ? 'yes' : 'NO'})`,
    ];
  } finally {
    stopBusy();
    await bench.stop();
  }
}
