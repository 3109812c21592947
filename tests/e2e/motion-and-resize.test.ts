import { describe, expect, it } from 'vitest';
import { useChromium } from './support/browser-hooks';
import { measureCurrentSlide } from './support/measure-slide';
import { shownFrame } from './support/frames';
import { openShow, waitForSettled } from './support/show-page';

const browser = useChromium();

/** The CSS properties every running animation in the page changes. */
const animatedProperties = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        document
          .getAnimations()
          .flatMap((animation) => ((animation.effect as KeyframeEffect | null)?.getKeyframes() ?? []).flatMap((frame) => Object.keys(frame)))
          .filter((key) => !['offset', 'easing', 'composite', 'computedOffset'].includes(key)),
      ),
    ].sort(),
  );

describe('motion', () => {
  it('changes slides and languages with opacity and transform only, crossfading in place', async () => {
    const page = await openShow(browser(), 'loop');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.slide').count()).toBe(2); // the leaving slide fades out over the new one
    expect(await animatedProperties(page)).toEqual(expect.arrayContaining(['opacity']));
    for (const property of await animatedProperties(page)) expect(['opacity', 'transform']).toContain(property);
    await waitForSettled(page);
    expect(await page.locator('.slide').count()).toBe(1);
    await page.close();
  });

  it('follows a clicker held down at the pace of its crossfade and lands on the slide the presses end on', async () => {
    const page = await openShow(browser());
    // The page's timers on a clock of the test's own: the presses below all come within one moment of it.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.locator('.show').evaluate((show) => {
      const win = window as unknown as { slidesCome: number };
      win.slidesCome = 0;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement && node.matches('.slide')) win.slidesCome += 1;
      }).observe(show, { childList: true });
    });
    const slidesCome = (): Promise<number> => page.evaluate(() => (window as unknown as { slidesCome: number }).slidesCome);
    for (let press = 0; press < 12; press += 1) await page.keyboard.press('PageDown');
    // The first press at once, crossfading; the eleven after it wait for its crossfade.
    expect(await shownFrame(page)).toBe(1);
    expect(await slidesCome()).toBe(1);
    expect(await page.locator('.slide').count()).toBe(2);
    await page.clock.runFor(450);
    // Then straight to where the presses ended, over none of the slides between.
    await expect.poll(() => shownFrame(page)).toBe(12);
    expect(await slidesCome()).toBe(2);
    await page.clock.resume();
    await waitForSettled(page);
    await page.close();
  });

  it('changes instantly when the system asks for reduced motion', async () => {
    const page = await openShow(browser());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.slide').count()).toBe(1);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.close();
  });
});

describe('a window or display that changes size', () => {
  it('fits the slide on screen again, within the new safe area', async () => {
    const page = await openShow(browser(), 'slide=1b', { width: 1920, height: 1080 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const landscape = await measureCurrentSlide(page);
    await page.setViewportSize({ width: 1080, height: 1920 });
    await expect.poll(async () => (await measureCurrentSlide(page)).fontSizePx).not.toBe(landscape.fontSizePx);
    const portrait = await measureCurrentSlide(page);
    expect(portrait.textBox.right).toBeLessThanOrEqual(1080);
    expect(portrait.clipped).toBe(false);
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(async () => (await measureCurrentSlide(page)).textBox.bottom).toBeLessThanOrEqual(600 - 0.06 * 600 + 0.5);
    expect((await measureCurrentSlide(page)).fontSizePx).toBeGreaterThanOrEqual(0.03 * 600);
    await page.close();
  });

  it('corrects with one more layout a size the page sets wider than the fit measured, and still fits', async () => {
    const page = await openShow(browser(), 'slide=1b', { width: 1024, height: 768 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Letter-spacing the fit's canvas knows nothing of: its measured size comes out too large.
    await page.evaluate(() => {
      for (const line of document.querySelectorAll<HTMLElement>('.slide-line')) line.style.letterSpacing = '0.2em';
    });
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(async () => (await measureCurrentSlide(page)).fitLayouts).toBe(2);
    const corrected = await measureCurrentSlide(page);
    expect(corrected.clipped).toBe(false);
    expect(corrected.squeezed).toBe(false);
    expect(corrected.textBox.bottom).toBeLessThanOrEqual(600 - 0.06 * 600 + 0.5);
    await page.close();
  });
});
