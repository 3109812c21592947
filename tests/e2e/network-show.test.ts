import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shownFrame } from './support/frames';
import { useServerScreens, whenReady as ready } from './support/server-screens';
import { saveScreenshot } from './support/show-page';

const { scratch, startServer, stopServer, open: openScreen, openReady, openWatched } = useServerScreens('yeondae-network-e2e-');

/**
 * Starts watching for the moment the screen in `page` shows the show with its loop `off`,
 * noted in the page by its clock (this machine's, as the server's is) as the change
 * happens; read it with `whenLoopOff`.
 */
const watchForLoopOff = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const noted = window as unknown as { loopOffAt?: number };
    const look = (): boolean => {
      if (document.querySelector('.show')?.getAttribute('data-loop') !== 'off') return false;
      noted.loopOffAt = Date.now();
      return true;
    };
    if (look()) return;
    const observer = new MutationObserver(() => {
      if (look()) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-loop'] });
  });
const whenLoopOff = (page: Page) => page.evaluate(() => (window as unknown as { loopOffAt?: number }).loopOffAt);

describe('screens on the show server, in real Chromium over real sockets on loopback', () => {
  it('a key in the presenter view moves every audience screen, and a screen that reloads rejoins on the current slide', async () => {
    const server = await startServer({});
    // An address option that would change the show for everyone is not taken from one page; the page says so.
    const [presenter, ...audiences] = await Promise.all([`${server.url}presenter?mode=stacked`, server.url, server.url, server.url].map((url) => openReady(url)));
    if (presenter === undefined) throw new Error('no presenter view');
    await expect.poll(() => presenter.getByTestId('problems').textContent()).toContain("ignoring the address option for mode: the show server's settings apply");
    expect(await audiences[0]?.locator('.show').getAttribute('data-mode')).toBe('sequence');
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('PageDown');
    for (const audience of audiences) await expect.poll(() => shownFrame(audience)).toBe(2);
    await audiences[0]?.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.getByTestId('position').textContent()).toMatch(/^4 \//u);
    const again = audiences[1];
    if (again === undefined) throw new Error('no second screen');
    await again.reload();
    await ready(again);
    expect(await shownFrame(again)).toBe(3);
    await expect.poll(() => presenter.getByTestId('network').textContent()).toContain('only this computer can open the show');
    await saveScreenshot(presenter, 'network-presenter-local-1280x720');
  });

  it('screens keep looping when the server stops, and take the server’s show again within 5 s of its restart', async () => {
    const dataFolder = scratch();
    // One-second slides, so the loop is seen to move in real time.
    writeFileSync(join(dataFolder, 'settings.yaml'), 'readingLeadInSeconds: 0\nslideMinSeconds: 1\nslideMaxSeconds: 1\n');
    const first = await startServer({ dataFolder, owner: { argv: ['--loop'] } });
    const { port } = first.server;
    const screens = await Promise.all([1, 2].map(() => openReady(first.url)));
    await stopServer();
    const before = await Promise.all(screens.map(shownFrame));
    for (const [index, screen] of screens.entries()) await expect.poll(() => shownFrame(screen), { timeout: 4000 }).not.toBe(before[index]);
    expect(await screens[0]?.locator('.show').getAttribute('data-loop')).toBe('running');

    for (const screen of screens) await watchForLoopOff(screen);
    const restarted = await startServer({ dataFolder, port, owner: { argv: [] } });
    // Timed from the moment the server listens again: how long it takes to start is its own.
    const listeningAt = Date.now();
    // Stop the loop on the server: the screens must come to the server's slide and stay there.
    restarted.store.dispatch({ type: 'toggleLoop' });
    const serverFrame = restarted.store.getSnapshot().state.frame;
    for (const screen of screens) {
      await expect.poll(() => whenLoopOff(screen), { timeout: 15_000 }).toBeDefined();
      expect(await shownFrame(screen)).toBe(serverFrame);
      // A screen tries again at most 2.4 s after its last try (server-link.ts: 2 s, 20% jitter);
      // the rest of the 5 s is one connection on loopback and one render, a few hundred ms
      // on a busy machine: room for a machine three times slower.
      expect((await whenLoopOff(screen)) ?? Number.POSITIVE_INFINITY).toBeLessThan(listeningAt + 5000);
    }
  });

  it('open to the network, a screen needs its code: none, wrong or replaced are refused and say so; a display code watches only', async () => {
    const server = await startServer({ open: true });
    const none = await openScreen(server.url);
    await expect.poll(() => none.getByTestId('connection-refused').textContent()).toContain('needs its code');
    const wrong = await openScreen(`${server.url}#key=${'w'.repeat(32)}`);
    await expect.poll(() => wrong.getByTestId('connection-refused').textContent()).toContain('not right');
    await saveScreenshot(wrong, 'network-audience-wrong-code-1280x720');

    const { page: display, socket: displaySocket } = await openWatched(`${server.url}#key=${server.tokens.token('display')}`);
    await display.keyboard.press('PageDown');
    const watcher = await openWatched(`${server.url}presenter#key=${server.tokens.token('display')}`);
    await watcher.page.getByRole('button', { name: 'Next ▶' }).click();
    // Both pages asked the server to move the show, and the server has handled the asking.
    for (const socket of [displaySocket, watcher.socket]) {
      await socket.whenSent('command');
      await socket.handled();
    }
    expect(server.store.getSnapshot().state.frame).toBe(0);

    const presenter = await openReady(`${server.url}presenter#key=${server.tokens.token('control')}`);
    await expect.poll(() => presenter.getByTestId('display-url').textContent()).toContain(`#key=${server.tokens.token('display')}`);
    await saveScreenshot(presenter, 'network-presenter-open-1280x720');
    await presenter.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => shownFrame(display)).toBe(1);
    const oldCode = server.tokens.token('display');
    await presenter.getByRole('button', { name: "Replace the screens' code" }).click();
    await expect.poll(() => server.tokens.token('display')).not.toBe(oldCode);
    await expect.poll(() => presenter.getByTestId('display-url').textContent()).toContain(`#key=${server.tokens.token('display')}`);
    const stale = await openScreen(`${server.url}#key=${oldCode}`);
    await expect.poll(() => stale.getByTestId('connection-refused').textContent()).toContain('was replaced');
    // The replaced screen keeps what it had; it no longer follows the show: the server has
    // closed its connection, and it opened none again, so no later slide can reach it.
    await displaySocket.closedByServer();
    await presenter.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => server.store.getSnapshot().state.frame).toBe(2);
    expect(await shownFrame(display)).toBe(1);
    expect(displaySocket.received.at(-1)).toMatchObject({ type: 'refused', reason: 'token-replaced' });
  });
});
