import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nextDueChange } from '../../common/show/loop-timing';
import { buildFrames } from '../../common/show/frames';
import { readQrCode } from './support/read-qr';
import { useServerScreens, whenReady as ready } from './support/server-screens';
import { saveScreenshot } from './support/show-page';

const { scratch, startServer, stopServer, open } = useServerScreens('yeondae-remote-e2e-');
const phone = (width = 360, height = 640, locale = 'en-US'): BrowserContextOptions => ({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, locale });
const show = (page: Page, attribute: string) => page.locator('.show').getAttribute(attribute);

/** An open server, its presenter view, an audience screen, and a phone paired by scanning the presenter view's QR code. */
async function pairPhone(dataFolder = scratch(), port?: number) {
  const server = await startServer({ dataFolder, open: true, ...(port === undefined ? {} : { port }) });
  const presenter = await open(`${server.url}presenter#key=${server.tokens.token('control')}`);
  const audience = await open(`${server.url}#key=${server.tokens.token('display')}`);
  await Promise.all([ready(presenter), ready(audience)]);
  const qr = presenter.getByTestId('remote-qr');
  await qr.waitFor();
  const scanned = await readQrCode(qr);
  expect(scanned).toBe(`${server.url}remote#key=${server.tokens.token('control')}`);
  const remote = await open(scanned ?? '', phone());
  await ready(remote);
  return { server, presenter, audience, remote };
}

describe('the phone remote, paired by the presenter view’s QR code (phone-sized Chromium with touch)', () => {
  it('scans, and every button moves the show as the audience screen shows it', async () => {
    const { audience, remote, server } = await pairPhone();
    const frames = buildFrames(server.store.getSnapshot().deck, server.store.getSnapshot().settings.languages, 'sequence').length;
    await expect.poll(() => remote.getByTestId('remote-position').textContent()).toBe(`1 / ${frames}`);
    await remote.getByRole('button', { name: 'Next', exact: true }).tap();
    await expect.poll(() => show(audience, 'data-frame')).toBe('1');
    await expect.poll(() => remote.getByTestId('remote-position').textContent()).toBe(`2 / ${frames}`);
    await remote.getByRole('button', { name: 'Previous', exact: true }).tap();
    await expect.poll(() => show(audience, 'data-frame')).toBe('0');
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

  it('two quick taps are two slides, one tap is one, and the countdown matches the server’s', async () => {
    const { audience, remote, server } = await pairPhone();
    const next = remote.getByRole('button', { name: 'Next', exact: true });
    await next.tap();
    await expect.poll(() => show(audience, 'data-frame')).toBe('1');
    await next.tap();
    await next.tap();
    await expect.poll(() => show(audience, 'data-frame')).toBe('3');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.store.getSnapshot().state.frame).toBe(3);
    server.store.dispatch({ type: 'toggleLoop' });
    await expect.poll(() => remote.getByTestId('remote-countdown').textContent()).toMatch(/next in \d+:\d\d/u);
    const shown = (await remote.getByTestId('remote-countdown').textContent()) ?? '';
    const [minutes, seconds] = (/(\d+):(\d\d)/u.exec(shown) ?? []).slice(1).map(Number);
    const snapshot = server.store.getSnapshot();
    const due = nextDueChange(snapshot, snapshot.deck, buildFrames(snapshot.deck, snapshot.settings.languages, snapshot.settings.mode));
    expect(Math.abs((minutes ?? 0) * 60 + (seconds ?? 0) - ((due?.at ?? 0) - Date.now()) / 1000)).toBeLessThanOrEqual(1.5);
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
    const paired = await open(`${server.url}remote#key=${server.tokens.token('control')}`, phone());
    await ready(paired);
    server.server.replaceToken('control');
    await expect.poll(() => paired.getByTestId('remote-banner').textContent()).toContain('was replaced');
    expect(server.store.getSnapshot().state.frame).toBe(0);
  });

  it('shows a banner when the connection is lost, and recovers by itself without a reload', async () => {
    const dataFolder = scratch();
    const { remote, server } = await pairPhone(dataFolder);
    const { port } = server.server;
    await remote.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await stopServer();
    await expect.poll(() => remote.getByTestId('remote-banner').textContent(), { timeout: 15_000 }).toContain('Connection lost');
    const restarted = await startServer({ dataFolder, open: true, port });
    restarted.store.dispatch({ type: 'goToFrame', frame: 5 });
    await expect.poll(() => remote.getByTestId('remote-position').textContent(), { timeout: 10_000 }).toMatch(/^6 \//u);
    expect(await remote.getByTestId('remote-banner').count()).toBe(0);
    expect(await remote.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  it('fits a phone in both languages, portrait and landscape (screenshots to look at)', async () => {
    const { server } = await pairPhone();
    server.store.dispatch({ type: 'toggleLoop' });
    for (const [width, height] of [[360, 640], [390, 844], [844, 390]] as const) {
      for (const [lang, locale] of [['en', 'en-US'], ['ko', 'ko-KR']] as const) {
        const page = await open(`${server.url}remote#key=${server.tokens.token('control')}`, phone(width, height, locale));
        await ready(page);
        expect(await page.locator('main').getAttribute('lang')).toBe(lang);
        const layout = await page.evaluate(() => ({
          scrolls: document.scrollingElement !== null && (document.scrollingElement.scrollWidth > innerWidth || document.scrollingElement.scrollHeight > innerHeight),
          smallestText: Math.min(...[...document.querySelectorAll<HTMLElement>('main *')].filter((element) => element.childNodes.length > 0 && [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')).map((element) => parseFloat(getComputedStyle(element).fontSize))),
          next: document.querySelector('.remote-next')?.getBoundingClientRect(),
          previous: document.querySelector('.remote-previous')?.getBoundingClientRect(),
        }));
        expect(layout.scrolls, `${width}x${height} ${lang}`).toBe(false);
        expect(layout.smallestText).toBeGreaterThanOrEqual(16);
        for (const target of [layout.next, layout.previous]) expect(Math.min(target?.width ?? 0, target?.height ?? 0)).toBeGreaterThanOrEqual(48);
        await saveScreenshot(page, `remote-${width}x${height}-${lang}`);
      }
    }
  });
});
