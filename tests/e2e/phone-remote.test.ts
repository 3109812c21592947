import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nextDueChange } from '../../common/show/loop-timing';
import { buildFrames } from '../../common/show/frames';
import { NOW_TICK_MS } from '../../renderer/show/use-now';
import { shownFrame } from './support/frames';
import { phone } from './support/phone';
import { markDocument } from './support/same-document';
import { readQrOnScreen } from './support/screenshot-pixels';
import { useServerScreens } from './support/server-screens';
import { saveScreenshot } from './support/show-page';

const { scratch, startServer, stopServer, open, openReady, openWatched } = useServerScreens('yeondae-remote-e2e-');
const show = (page: Page, attribute: string) => page.locator('.show').getAttribute(attribute);
const HOUR = 3_600_000;

/**
 * An open server, its presenter view, an audience screen, and a phone paired by scanning
 * the presenter view's QR code, its connection to the server watched. `phoneClockAt`
 * starts the phone on a fake clock at that time (it runs on as a real one does), for a
 * test to run it ahead, or to set it wrong.
 */
async function pairPhone({ dataFolder = scratch(), port, phoneClockAt }: { dataFolder?: string; port?: number; phoneClockAt?: number } = {}) {
  const server = await startServer({ dataFolder, open: true, ...(port === undefined ? {} : { port }) });
  const [presenter, audience] = await Promise.all([openReady(`${server.url}presenter#key=${server.tokens.token('control')}`), openReady(`${server.url}#key=${server.tokens.token('display')}`)]);
  const qr = presenter.getByTestId('remote-qr');
  await qr.waitFor();
  const scanned = await readQrOnScreen(qr);
  expect(scanned).toBe(`${server.url}remote#key=${server.tokens.token('control')}`);
  const { page: remote, socket: remoteSocket } = await openWatched(scanned ?? '', phone(), async (context) => {
    if (phoneClockAt !== undefined) await context.clock.install({ time: phoneClockAt });
  });
  return { server, presenter, audience, remote, remoteSocket };
}

/**
 * Waits for the phone's countdown to change, and reads it: what it says, and when it
 * changed, by the server's clock (this machine's), from the phone's own clock at the change
 * and how far that clock is from this machine's (measured just before, within a round trip).
 */
async function nextCountdown(remote: Page): Promise<{ shownMs: number; changedAt: number }> {
  const phoneClockBehind = Date.now() - (await remote.evaluate(() => Date.now()));
  const { shown, phoneAt } = await remote.getByTestId('remote-countdown').evaluate(
    (countdown) =>
      new Promise<{ shown: string; phoneAt: number }>((resolve) => {
        const was = countdown.textContent;
        const observer = new MutationObserver(() => {
          if (countdown.textContent === was) return;
          observer.disconnect();
          resolve({ shown: countdown.textContent ?? '', phoneAt: Date.now() });
        });
        observer.observe(countdown, { subtree: true, childList: true, characterData: true });
      }),
  );
  const [minutes, seconds] = (/(\d+):(\d\d)/u.exec(shown) ?? []).slice(1).map(Number);
  if (minutes === undefined || seconds === undefined) throw new Error(`the countdown says "${shown}"`);
  return { shownMs: (minutes * 60 + seconds) * 1000, changedAt: phoneAt + phoneClockBehind };
}

describe('the phone remote, paired by the presenter view’s QR code (phone-sized Chromium with touch)', () => {
  it('scans, and every button moves the show as the audience screen shows it', async () => {
    const { audience, remote, server } = await pairPhone();
    const frames = buildFrames(server.store.getSnapshot().deck, server.store.getSnapshot().settings.languages, 'sequence').length;
    await expect.poll(() => remote.getByTestId('remote-position').textContent()).toBe(`1 / ${frames}`);
    await remote.getByRole('button', { name: 'Next', exact: true }).tap();
    await expect.poll(() => shownFrame(audience)).toBe(1);
    await expect.poll(() => remote.getByTestId('remote-position').textContent()).toBe(`2 / ${frames}`);
    await remote.getByRole('button', { name: 'Previous', exact: true }).tap();
    await expect.poll(() => shownFrame(audience)).toBe(0);
    await remote.getByRole('button', { name: 'Black screen' }).tap();
    await expect.poll(() => show(audience, 'data-blank')).toBe('true');
    await expect.poll(() => remote.getByRole('button', { name: 'Show the slide' }).getAttribute('aria-pressed')).toBe('true');
    await remote.getByRole('button', { name: 'Show the slide' }).tap();
    await expect.poll(() => show(audience, 'data-blank')).toBe('false');
    await remote.getByRole('button', { name: /^Mode:/u }).tap();
    await expect.poll(() => show(audience, 'data-mode')).toBe('in-place');
    await remote.getByRole('button', { name: /^Auto-loop/u }).tap();
    await expect.poll(() => show(audience, 'data-loop')).toBe('running');
    expect(await remote.getByTestId('remote-now').textContent()).toContain('As anti-imperialist Koreans');
  });

  it('two quick taps are two slides, one tap is one', async () => {
    const { audience, remote, remoteSocket, server } = await pairPhone({ phoneClockAt: Date.now() });
    const next = remote.getByRole('button', { name: 'Next', exact: true });
    await next.tap();
    await expect.poll(() => shownFrame(audience)).toBe(1);
    await next.tap();
    await next.tap();
    await expect.poll(() => shownFrame(audience)).toBe(3);
    // A tap sent twice, or again later, would move the show after this: run the phone's
    // clock past every delay it keeps (a tap's feedback waits 2 s, a command is sent again
    // within 3 s), then wait until the server has handled everything the phone sent.
    await remote.clock.runFor(5000);
    await remoteSocket.handled();
    expect(remoteSocket.sent.filter((message) => message.type === 'command')).toHaveLength(3);
    expect(remoteSocket.received.filter((message) => message.type === 'ack')).toHaveLength(3);
    expect(server.store.getSnapshot().state.frame).toBe(3);
  });

  it('counts down to the server’s next change, on a phone whose own clock is an hour slow', async () => {
    const { remote, server } = await pairPhone({ phoneClockAt: Date.now() - HOUR });
    server.store.dispatch({ type: 'toggleLoop' });
    await expect.poll(() => remote.getByTestId('remote-countdown').textContent()).toMatch(/next in \d+:\d\d/u);
    const snapshot = server.store.getSnapshot();
    const due = nextDueChange(snapshot, snapshot.deck, buildFrames(snapshot.deck, snapshot.settings.languages, snapshot.settings.mode));
    if (due === undefined) throw new Error('the looping show has no next change');
    const { shownMs, changedAt } = await nextCountdown(remote);
    // The countdown is the time left, rounded up to a second, when the page read its clock:
    // it reads it every NOW_TICK_MS, so it changes within a tick after the time left crosses
    // a whole second, and the change is seen a render later. So it is at least the time left
    // at the change, and at most a tick and a render more, as far as the phone knows the
    // server's clock (within half a round trip on loopback). 300 ms covers the render and
    // the clock on a machine three times slower; a countdown a second off fails.
    const slackMs = 300;
    expect(shownMs).toBeGreaterThanOrEqual(due.at - changedAt - slackMs);
    expect(shownMs).toBeLessThanOrEqual(due.at - changedAt + NOW_TICK_MS + slackMs);
  });

  it('refuses no code, a wrong code, a replaced code and a screen’s code, saying why, and the show does not move', async () => {
    const { server } = await pairPhone();
    const cases: [string, string][] = [
      [`${server.url}remote`, 'has no code'],
      [`${server.url}remote#key=${'w'.repeat(32)}`, 'not right'],
      [`${server.url}remote#key=${server.tokens.token('display')}`, 'only lets a screen watch'],
    ];
    for (const [url, says] of cases) {
      const page = await open(url, phone());
      await expect.poll(() => page.getByTestId('remote-banner').textContent(), { timeout: 10_000 }).toContain(says);
      const next = page.getByRole('button', { name: 'Next', exact: true });
      expect(await next.isDisabled()).toBe(true);
    }
    const paired = await openReady(`${server.url}remote#key=${server.tokens.token('control')}`, phone());
    server.server.replaceToken('control');
    await expect.poll(() => paired.getByTestId('remote-banner').textContent()).toContain('was replaced');
    expect(server.store.getSnapshot().state.frame).toBe(0);
  });

  it('shows a banner when the connection is lost, and recovers by itself without a reload', async () => {
    const dataFolder = scratch();
    const { remote, server } = await pairPhone({ dataFolder });
    const { port } = server.server;
    const sameDocument = await markDocument(remote);
    await stopServer();
    await expect.poll(() => remote.getByTestId('remote-banner').textContent(), { timeout: 15_000 }).toContain('Connection lost');
    const restarted = await startServer({ dataFolder, open: true, port });
    restarted.store.dispatch({ type: 'goToFrame', frame: 5 });
    await expect.poll(() => remote.getByTestId('remote-position').textContent(), { timeout: 10_000 }).toMatch(/^6 \//u);
    expect(await remote.getByTestId('remote-banner').count()).toBe(0);
    expect(await sameDocument()).toBe(true);
  });

  it('fits a phone in both languages, portrait and landscape (screenshots to look at)', async () => {
    const { server } = await pairPhone();
    server.store.dispatch({ type: 'toggleLoop' });
    for (const [width, height] of [[360, 640], [390, 844], [844, 390]] as const) {
      for (const [lang, locale] of [['en', 'en-US'], ['ko', 'ko-KR']] as const) {
        const page = await openReady(`${server.url}remote#key=${server.tokens.token('control')}`, phone(locale, { width, height }));
        expect(await page.locator('main').getAttribute('lang')).toBe(lang);
        const layout = await page.evaluate(() => ({
          scrolls: document.scrollingElement !== null && (document.scrollingElement.scrollWidth > innerWidth || document.scrollingElement.scrollHeight > innerHeight),
          textSizes: [...document.querySelectorAll<HTMLElement>('main *')].filter((element) => element.childNodes.length > 0 && [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')).map((element) => parseFloat(getComputedStyle(element).fontSize)),
          next: document.querySelector('.remote-next')?.getBoundingClientRect(),
          previous: document.querySelector('.remote-previous')?.getBoundingClientRect(),
        }));
        expect(layout.scrolls, `${width}x${height} ${lang}`).toBe(false);
        // The smallest of no sizes is Infinity, above any minimum: first, that there is text to measure.
        expect(layout.textSizes.length, `${width}x${height} ${lang}: elements with text`).toBeGreaterThan(5);
        expect(Math.min(...layout.textSizes)).toBeGreaterThanOrEqual(16);
        for (const target of [layout.next, layout.previous]) expect(Math.min(target?.width ?? 0, target?.height ?? 0)).toBeGreaterThanOrEqual(48);
        await saveScreenshot(page, `remote-${width}x${height}-${lang}`);
      }
    }
  });
});
