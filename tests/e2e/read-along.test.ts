import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeServedShow } from '../../server/run-show-server';
import { createQrImages } from '../../server/qr-code';
import { handoutHtml } from '../../tools/handout/handout-html';
import { projectPath } from '../support/project-content';
import type { TestServer } from '../support/show-server-harness';
import { runAxe } from './support/axe';
import { phone } from './support/phone';
import { EXAMPLE_ORGANIZATIONS, READ_ALONG_SLIDE, writeReadAlongContent } from './support/read-along-content';
import { readQrOnScreen } from './support/screenshot-pixels';
import { useServerScreens, whenReady } from './support/server-screens';

const { scratch, startServer, open, openReady } = useServerScreens('yeondae-read-along-e2e-');

/** The two read-along screens the issue names: a phone with touch, and a tablet. */
const PHONE = (locale = 'en-US'): BrowserContextOptions => phone(locale);
const TABLET = (locale = 'en-US'): BrowserContextOptions => ({ viewport: { width: 768, height: 1024 }, hasTouch: true, locale });

/** An open show server on loopback with the read-along content (`settings` added to its settings). */
async function readAlongServer(settings = 'readAlongBadge: corner'): Promise<TestServer> {
  return startServer({ open: true, owner: { argv: ['--content', writeReadAlongContent(`${scratch()}/content`, settings)] } });
}

/** The read-along address as the server prints it for the organizers. */
function printedAddress(server: TestServer): string {
  const line = describeServedShow(server.server)
    .split('\n')
    .find((text) => text.trimStart().startsWith('read along'));
  const address = line?.trim().split(/\s+/u).at(-1);
  if (address === undefined) throw new Error('the server printed no read-along address');
  return address;
}

/** Opens the read-along page at `url` in its own profile, and waits for the statement. */
async function openReader(url: string, options: BrowserContextOptions): Promise<Page> {
  const page = await open(url, options);
  await page.locator(".read[data-ready='true']").waitFor();
  return page;
}

const currentId = (page: Page): Promise<string | null> => page.locator(".read-part[aria-current='true']").getAttribute('data-slide-id', { timeout: 2000 }).catch(() => null);
/** Whether the part on screen now lies inside the page's viewport, under its bar. */
const currentInView = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const part = document.querySelector(".read-part[aria-current='true']")?.getBoundingClientRect();
    const bar = document.querySelector('.read-bar')?.getBoundingClientRect().bottom ?? 0;
    return part !== undefined && part.top >= bar - 1 && part.bottom <= window.innerHeight + 1;
  });
/** When (Date.now(), this machine's clock) the part marked current next becomes `id`. */
const whenCurrentBecomes = (page: Page, id: string): Promise<number> =>
  page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const check = (): boolean => {
          if (document.querySelector(`.read-part[aria-current='true'][data-slide-id='${wanted}']`) === null) return false;
          resolve(Date.now());
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current'], childList: true });
      }),
    id,
  );
const fontSizePx = (page: Page): Promise<number> => page.locator('.read-text').first().evaluate((text) => Number.parseFloat(getComputedStyle(text).fontSize));

/** Saves a screenshot of `page` for a person to look at, under test-results/screenshots/. */
async function saveShot(page: Page, name: string): Promise<void> {
  const folder = projectPath('test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}/${name}.png` });
}

describe('the read-along page, on a phone (360×640, touch) and a tablet (768×1024), each in its own profile', () => {
  it('opens from the printed address and from the QR code read off the audience screen, and follows a change made in the presenter view within 1 s', async () => {
    const server = await readAlongServer();
    const printed = printedAddress(server);
    expect(printed).toBe(`${server.url}read#key=${server.tokens.token('follow')}`);
    const audience = await openReady(`${server.url}#key=${server.tokens.token('display')}`);
    const badge = audience.getByTestId('read-along-badge').locator("svg[data-ready='true']");
    await badge.waitFor();
    const scanned = await readQrOnScreen(badge);
    expect(scanned).toBe(printed);
    const presenter = await openReady(`${server.url}presenter#key=${server.tokens.token('control')}`);
    const readers = [await openReader(printed, PHONE()), await openReader(scanned ?? '', TABLET())];
    for (const reader of readers) await expect.poll(() => currentId(reader)).toBe('1a');
    // Two steps: 1a in Korean, then 1b.
    for (const target of ['1b', '1c']) {
      const changed = readers.map((reader) => whenCurrentBecomes(reader, target));
      const pressedAt = Date.now();
      await presenter.keyboard.press('ArrowRight');
      await presenter.keyboard.press('ArrowRight');
      for (const at of await Promise.all(changed)) expect(at - pressedAt).toBeLessThan(1000);
      for (const reader of readers) await expect.poll(() => currentInView(reader)).toBe(true);
    }
    // The read-along slide is not part of what a reader reads; its neighbours are.
    for (const reader of readers) {
      expect(await reader.locator(`[data-slide-id='${READ_ALONG_SLIDE.id}']`).count()).toBe(0);
      expect(await reader.locator('.read-part').count()).toBeGreaterThan(20);
    }
  });

  it('reads in the browser’s language first, switches language, and keeps the text size over a reload (and nothing else)', async () => {
    const server = await readAlongServer();
    const reader = await openReader(printedAddress(server), PHONE('ko-KR'));
    const pressed = (choice: string) => reader.locator(`.read-choices button[data-choice='${choice}']`).getAttribute('aria-pressed');
    expect(await pressed('ko')).toBe('true');
    expect(await reader.locator('html').getAttribute('lang')).toBe('ko');
    expect(await reader.locator(".read-part[data-slide-id='1a'] .read-text").evaluateAll((texts) => texts.map((text) => text.getAttribute('lang')))).toEqual(['ko']);
    await reader.locator(".read-choices button[data-choice='en']").tap();
    expect(await reader.locator(".read-part[data-slide-id='1a'] .read-text").evaluateAll((texts) => texts.map((text) => text.getAttribute('lang')))).toEqual(['en']);
    expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe('Read along');
    await reader.locator(".read-choices button[data-choice='both']").tap();
    expect(await reader.locator(".read-part[data-slide-id='1a'] .read-text").evaluateAll((texts) => texts.map((text) => text.getAttribute('lang')))).toEqual(['en', 'ko']);
    // A part written in one language only is read in it, whatever the choice.
    await reader.locator(".read-choices button[data-choice='en']").tap();
    expect(await reader.locator(".read-part[data-slide-id='closing'] .read-text").getAttribute('lang')).toBe('ko');
    const before = await fontSizePx(reader);
    await reader.getByTestId('text-larger').tap();
    await reader.getByTestId('text-larger').tap();
    const larger = await fontSizePx(reader);
    expect(larger).toBeGreaterThan(before);
    await reader.reload();
    await reader.locator(".read[data-ready='true']").waitFor();
    expect(await fontSizePx(reader)).toBe(larger);
    expect(await pressed('ko')).toBe('true');
    while (!(await reader.getByTestId('text-smaller').isDisabled())) await reader.getByTestId('text-smaller').tap();
    expect(await fontSizePx(reader)).toBeGreaterThanOrEqual(16);
    expect(await reader.getByTestId('text-smaller').isDisabled()).toBe(true);
    // Nothing about the reader is kept: no cookie, the text size the one thing stored.
    expect(await reader.context().cookies()).toEqual([]);
    expect(await reader.evaluate(() => Object.keys(localStorage))).toEqual(['yeondae.readAlong.textSizePx']);
  });

  it('stops following when the reader scrolls away, says "back to now", and takes them back', async () => {
    const server = await readAlongServer();
    const reader = await openReader(printedAddress(server), PHONE());
    await expect.poll(() => currentId(reader)).toBe('1a');
    await reader.mouse.move(180, 400);
    for (let step = 0; step < 12; step += 1) await reader.mouse.wheel(0, 600);
    const back = reader.getByRole('button', { name: 'Back to now' });
    await back.waitFor();
    expect(await currentInView(reader)).toBe(false);
    // A change while the reader is elsewhere moves the mark, not the page.
    const scrolled = await reader.evaluate(() => window.scrollY);
    server.store.dispatch({ type: 'goToSlide', slideId: '1b' });
    await expect.poll(() => currentId(reader)).toBe('1b');
    expect(await reader.evaluate(() => window.scrollY)).toBe(scrolled);
    await back.tap();
    await expect.poll(() => currentInView(reader)).toBe(true);
    await back.waitFor({ state: 'detached' });
    server.store.dispatch({ type: 'goToSlide', slideId: '4b' });
    await expect.poll(() => currentId(reader)).toBe('4b');
    await expect.poll(() => currentInView(reader)).toBe(true);
  });

  it('keeps the statement when the network goes, says so, and comes back by itself to where the show is', async () => {
    const server = await readAlongServer();
    const reader = await openReader(printedAddress(server), TABLET());
    await expect.poll(() => currentId(reader)).toBe('1a');
    const parts = await reader.locator('.read-part').count();
    await reader.context().setOffline(true);
    await expect.poll(() => reader.getByTestId('read-note').textContent()).toContain('Offline');
    expect(await reader.locator('.read-part').count()).toBe(parts);
    server.store.dispatch({ type: 'goToSlide', slideId: '3a' });
    await reader.context().setOffline(false);
    await expect.poll(() => currentId(reader), { timeout: 15_000 }).toBe('3a');
    await expect.poll(() => reader.getByTestId('read-note').textContent()).toBe('');
  });

  it('lists the organizations as on their slide, each web address a link to tap, a handle as text', async () => {
    const server = await readAlongServer();
    const reader = await openReader(printedAddress(server), PHONE());
    const list = reader.locator(".read-part[data-slide-id='organizations'] .read-organizations li");
    expect(await list.count()).toBe(EXAMPLE_ORGANIZATIONS.length);
    expect(await reader.locator(".read-organizations a[href='https://example.org/solidarity']").textContent()).toBe('https://example.org/solidarity');
    expect(await reader.locator(".read-organizations a[href='https://example.net/aid']").textContent()).toBe('example.net/aid');
    expect(await reader.locator('.read-organizations a').count()).toBe(2);
    expect(await list.nth(2).textContent()).toContain('@placeholder_collective');
  });

  it('is told when its code is replaced from the presenter view, while the screens stay and show the new code', async () => {
    const server = await readAlongServer();
    const printed = printedAddress(server);
    const audience = await openReady(`${server.url}#key=${server.tokens.token('display')}`);
    const presenter = await openReady(`${server.url}presenter#key=${server.tokens.token('control')}`);
    const reader = await openReader(printed, PHONE());
    await expect.poll(() => currentId(reader)).toBe('1a');
    await presenter.getByRole('button', { name: /Replace the readers' code/u }).click();
    await expect.poll(() => reader.getByTestId('read-note').textContent()).toContain('replaced');
    expect(await reader.locator('.read-part').count()).toBeGreaterThan(20);
    const fresh = `${server.url}read#key=${server.tokens.token('follow')}`;
    expect(fresh).not.toBe(printed);
    await expect.poll(() => readQrOnScreen(audience.getByTestId('read-along-badge').locator("svg[data-ready='true']"))).toBe(fresh);
    await expect.poll(() => presenter.getByTestId('read-along-url').textContent()).toBe(fresh);
    expect(await audience.locator('.show').getAttribute('data-ready')).toBe('true');
    expect(server.server.clientCount()).toBe(2);
  });

  it('passes axe-core (serious and critical) in English, Korean and both, at both sizes, light and dark; screenshots for a person to look at', async () => {
    const server = await readAlongServer();
    server.store.dispatch({ type: 'goToSlide', slideId: '2b' });
    const cases = [
      ['en', 'en-US', 'light'],
      ['ko', 'ko-KR', 'dark'],
      ['both', 'fr-FR', 'light'],
    ] as const;
    for (const [name, size] of [
      ['phone', PHONE],
      ['tablet', TABLET],
    ] as const) {
      for (const [choice, locale, colorScheme] of cases) {
        const reader = await openReader(printedAddress(server), { ...size(locale), colorScheme });
        expect(await reader.locator(`.read-choices button[data-choice='${choice}']`).getAttribute('aria-pressed')).toBe('true');
        await expect.poll(() => currentInView(reader)).toBe(true);
        const report = await runAxe(reader, `read-along ${name} ${choice} ${colorScheme}`);
        expect(report.serious).toEqual([]);
        expect(report.rulesRun).toBeGreaterThan(10);
        // No pinch-zoom needed: nothing wider than the screen, and no text under 16 px.
        expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        const smallest = await reader.evaluate(() =>
          Math.min(...[...document.querySelectorAll('.read *')].filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')).map((element) => Number.parseFloat(getComputedStyle(element).fontSize))),
        );
        expect(smallest).toBeGreaterThanOrEqual(16);
        await saveShot(reader, `read-along-${name}-${choice}-${colorScheme}`);
        await reader.context().close();
      }
    }
    // And on a 320 px phone, the narrowest: no sideways scrolling.
    const narrow = await openReader(printedAddress(server), phone('en-US', { width: 320, height: 568 }));
    await expect.poll(() => currentInView(narrow)).toBe(true);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveShot(narrow, 'read-along-phone-320');
  });
});

describe('the read-along code on the audience screen', () => {
  /** The boxes of the slide's words and of a code, in CSS px. */
  const boxes = (page: Page, code: string) =>
    page.evaluate((selector) => {
      const box = (element: Element | null) => {
        const rect = element?.getBoundingClientRect();
        return rect === undefined ? undefined : { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      };
      return { words: box(document.querySelector(".slide[data-phase='current'] .slide-fit")), code: box(document.querySelector(selector)) };
    }, code);
  type Box = { left: number; top: number; right: number; bottom: number };
  const apart = (a: Box, b: Box): boolean => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

  it('is off by default, and a small corner with readAlongBadge: corner that no slide’s words ever cover, landscape and portrait', async () => {
    const plain = await readAlongServer('');
    const screen = await openReady(`${plain.url}#key=${plain.tokens.token('display')}`);
    expect(await screen.getByTestId('read-along-badge').count()).toBe(0);
    await screen.context().close();
    const server = await readAlongServer();
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 600, height: 800 },
    ]) {
      const audience = await openReady(`${server.url}#key=${server.tokens.token('display')}`, { viewport });
      await audience.getByTestId('read-along-badge').locator("svg[data-ready='true']").waitFor();
      // The longest parts in each language, and the organizations.
      for (const slideId of ['2b', '5a', '7c', 'organizations']) {
        for (const lang of ['en', 'ko'] as const) {
          server.store.dispatch({ type: 'goToSlide', slideId, lang });
          await audience.locator(`.slide[data-phase='current'][data-slide-id='${slideId}'] .slide-fit[data-font-size]`).waitFor();
          await audience.waitForFunction(() => document.querySelector(".slide[data-phase='leaving']") === null);
          const { words, code } = await boxes(audience, '.read-along-badge');
          expect(words !== undefined && code !== undefined && apart(words, code), `${slideId} ${lang} at ${viewport.width}x${viewport.height}`).toBe(true);
        }
      }
      await saveShot(audience, `read-along-badge-${viewport.width}x${viewport.height}`);
      await audience.context().close();
    }
  });

  it('shows the code large on a read-along slide, under the heading the content file gives, and the presenter’s preview too', async () => {
    const server = await readAlongServer();
    const printed = printedAddress(server);
    const audience = await openReady(`${server.url}#key=${server.tokens.token('display')}`);
    server.store.dispatch({ type: 'goToSlide', slideId: READ_ALONG_SLIDE.id, lang: 'en' });
    const code = audience.locator(".slide[data-phase='current'] .read-along-code svg[data-ready='true']");
    await code.waitFor();
    expect(await audience.locator(".slide[data-phase='current'] .slide-line").textContent()).toBe(READ_ALONG_SLIDE.en);
    expect(await readQrOnScreen(code)).toBe(printed);
    const { words, code: box } = await boxes(audience, ".slide[data-phase='current'] .read-along-code");
    expect(words !== undefined && box !== undefined && apart(words, box)).toBe(true);
    // Large: well over a third of the screen's height. And no badge beside it.
    expect((box?.bottom ?? 0) - (box?.top ?? 0)).toBeGreaterThan(720 / 3);
    expect(await audience.getByTestId('read-along-badge').count()).toBe(0);
    await saveShot(audience, 'read-along-slide-1280x720');
    const presenter = await openReady(`${server.url}presenter#key=${server.tokens.token('control')}`);
    await presenter.getByTestId('current-preview').locator(".read-along-code svg[data-ready='true']").waitFor();
    expect(await readQrOnScreen(presenter.getByTestId('read-along-qr'))).toBe(printed);
    await whenReady(presenter);
  });

  it('prints on the handout, where a phone reads it', async () => {
    const server = await readAlongServer();
    const printed = printedAddress(server);
    const { deck } = server.store.getSnapshot();
    const page = await open('about:blank', { viewport: { width: 900, height: 1200 } });
    await page.setContent(handoutHtml(deck, undefined, 'a4', createQrImages(), printed));
    expect(await readQrOnScreen(page.locator('.read-along .code'))).toBe(printed);
    expect(await page.locator('.read-along-address').textContent()).toBe(printed);
    // The read-along slide's heading is not part of the printed statement.
    expect(await page.content()).not.toContain(READ_ALONG_SLIDE.en);
  });
});
