import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadProjectContent } from '../support/project-content';
import { collapseSpaces, readableText } from './support/accessibility-tree';
import { useChromium } from './support/browser-hooks';
import { shownFrame } from './support/frames';
import { announced, countRegionChanges, regionChanges } from './support/live-region';
import { FULL_HD, openShow, waitForSettled } from './support/show-page';

const { deck } = loadProjectContent();
const first = deck.slides[0];
const browser = useChromium();
/** What a screen reader reads of the slides themselves: the live region's copy of the words does not count. */
const slidesRead = (page: Page): Promise<string> => readableText(page, { without: "[data-testid='slide-announcement']" });

describe('the audience screen for a screen reader (real Chromium)', () => {
  it('announces the slide in its language when it appears: the English, then the Korean', async () => {
    const page = await openShow(browser());
    await expect.poll(() => announced(page)).toEqual({ role: 'status', live: 'polite', parts: [{ lang: 'en', text: first?.text.en }] });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced(page)).toEqual({ role: 'status', live: 'polite', parts: [{ lang: 'ko', text: first?.text.ko }] });
    await page.close();
  });

  it('speaks a new slide when its crossfade ends, in the same moment as the slide it replaced goes', async () => {
    const page = await openShow(browser());
    await expect.poll(async () => (await announced(page)).parts.length).toBe(1);
    // Each batch of changes the page makes in one go: whether it takes the leaving slide away, and whether it puts words in the live region.
    await page.locator('.show').evaluate((show) => {
      const win = window as unknown as { batches: { leavingGone: boolean; spoke: boolean }[] };
      win.batches = [];
      new MutationObserver((records) => {
        const leavingGone = records.some((record) => [...record.removedNodes].some((node) => node instanceof HTMLElement && node.matches(".slide[data-phase='leaving']")));
        const spoke = records.some((record) => record.addedNodes.length > 0 && record.target instanceof HTMLElement && record.target.closest("[data-testid='slide-announcement']") !== null);
        if (leavingGone || spoke) win.batches.push({ leavingGone, spoke });
      }).observe(show, { childList: true, subtree: true });
    });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced(page)).toEqual({ role: 'status', live: 'polite', parts: [{ lang: 'ko', text: first?.text.ko }] });
    await waitForSettled(page);
    expect(await page.evaluate(() => (window as unknown as { batches: unknown[] }).batches)).toEqual([{ leavingGone: true, spoke: true }]);
    await page.close();
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`is heard as the one slide a held clicker lands on, not the slides the screen passes on the way (${reducedMotion === 'reduce' ? 'reduced motion' : 'crossfades'})`, async () => {
      const page = await openShow(browser(), '', FULL_HD, { reducedMotion });
      await expect.poll(async () => (await announced(page)).parts.length).toBe(1);
      await page.clock.install();
      // Every text the region comes to hold, in order: each one a screen reader would speak.
      await page.getByTestId('slide-announcement').evaluate((region) => {
        const spoken: string[] = [];
        new MutationObserver(() => {
          const words = region.textContent ?? '';
          if (words !== '' && words !== spoken.at(-1)) spoken.push(words);
        }).observe(region, { childList: true, subtree: true, characterData: true });
        Object.assign(window, { spoken });
      });
      // A clicker held down: a press every 30 ms for 0.6 s, on the page's own clock.
      for (let press = 0; press < 20; press += 1) {
        await page.keyboard.press('PageDown');
        await page.clock.runFor(30);
      }
      await page.clock.runFor(1000);
      expect(await shownFrame(page)).toBe(20);
      const landedOn = (await announced(page)).parts.map((part) => part.text).join('');
      expect(landedOn).toBe(await page.locator(".slide[data-phase='current'] .slide-text").textContent());
      expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([landedOn]);
      await page.close();
    });
  }

  it('announces both languages, each with its lang, when they are stacked', async () => {
    const page = await openShow(browser(), 'mode=stacked');
    await expect.poll(async () => (await announced(page)).parts).toEqual([
      { lang: 'en', text: first?.text.en },
      { lang: 'ko', text: first?.text.ko },
    ]);
    await page.close();
  });

  it('says nothing more when the show broadcasts a state that changes nothing on screen (the loop turned on and off)', async () => {
    const page = await openShow(browser());
    await expect.poll(async () => (await announced(page)).parts.length).toBe(1);
    await page.clock.install();
    await countRegionChanges(page);
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('.show').getAttribute('data-loop')).toBe('running');
    // Past the moment the live region would speak (as a change settles), on the page's own clock.
    await page.clock.runFor(1200);
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('.show').getAttribute('data-loop')).toBe('off');
    expect(await regionChanges(page)).toBe(0);
    expect((await announced(page)).parts).toEqual([{ lang: 'en', text: first?.text.en }]);
    await page.close();
  });

  it('hides the blacked-out slide from the accessibility tree and empties the live region; bringing the picture back restores both', async () => {
    const page = await openShow(browser());
    const words = first?.text.en ?? '';
    expect(words).not.toBe('');
    await expect.poll(() => slidesRead(page)).toContain(collapseSpaces(words));
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.show').getAttribute('data-blank')).toBe('true');
    await expect.poll(() => readableText(page)).toBe('');
    expect((await announced(page)).parts).toEqual([]);
    await page.keyboard.press('b');
    await expect.poll(() => slidesRead(page)).toContain(collapseSpaces(words));
    // The live region speaks a moment after the slide is back (renderer/show/SlideAnnouncer.tsx).
    await expect.poll(async () => (await announced(page)).parts).toEqual([{ lang: 'en', text: words }]);
    await page.close();
  });

  it('keeps a slide that is fading out out of the accessibility tree', async () => {
    const page = await openShow(browser());
    // Stop the page's timers, so the outgoing slide stays for as long as the test reads the
    // tree (its fade ends on a timer; a busy machine could otherwise miss it).
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(".slide[data-phase='leaving']").getAttribute('aria-hidden')).toBe('true');
    // The English is still on screen, fading: it is in the page, but a screen reader reads only the Korean that replaces it.
    expect(await page.locator(".slide[data-phase='leaving'] .slide-text").getAttribute('lang')).toBe('en');
    const during = await slidesRead(page);
    expect(during).toContain(collapseSpaces(first?.text.ko ?? '-'));
    expect(during).not.toContain(collapseSpaces(first?.text.en ?? '-'));
    await page.clock.resume();
    await waitForSettled(page);
    await page.close();
  });
});
