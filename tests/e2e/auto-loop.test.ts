import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readingTimeMs } from '../../common/show/reading-time';
import { loadProjectContent } from '../support/project-content';
import { expectedLoopFrames } from './support/expected-loop';
import { useChromium, useFreshContext } from './support/browser-hooks';
import { saveScreenshot } from './support/show-page';
import { inject } from 'vitest';

const { deck, settings } = loadProjectContent();
const START = new Date('2026-11-25T18:00:00Z');
const HOUR = 3_600_000;

const browser = useChromium();
const freshContext = useFreshContext(browser, { viewport: { width: 1280, height: 720 } }, async (context) => {
  await context.clock.install({ time: START });
  // Stop time before the page loads: the show starts at this moment and moves only when the test says.
  await context.clock.pauseAt(START.getTime() + 1000);
});

/**
 * How far the clock is let run while the page starts. The page paints its first slide
 * ahead of the app and loads the app a frame later (renderer/main.ts); on a stopped clock
 * that frame never comes, so the test lets exactly this much time through.
 */
const START_UP_MS = 100;

/** Opens a page on the stopped clock and waits until the app shows its first slide, START_UP_MS after the show began. */
async function openLooping(query = 'loop'): Promise<Page> {
  const page = await freshContext().newPage();
  await page.goto(`${inject('showUrl')}?${query}`);
  await page.locator(".show[data-ready='true']").waitFor();
  await freshContext().clock.runFor(START_UP_MS);
  await page.locator(".show[data-ready='true']:not([data-starting])").waitFor();
  return page;
}

const shownKey = (page: Page) =>
  page.locator(".slide[data-phase='current']").evaluate((slide) => `${(slide as HTMLElement).dataset.slideId}:${(slide as HTMLElement).dataset.langs?.replace(' ', '+')}`);
const loopState = (page: Page) => page.locator('.show').getAttribute('data-loop');

describe('the auto-loop in a browser, on a fake clock', () => {
  it('runs an hour in moments, showing every frame for its reading time, in the expected numbers per language', async () => {
    const page = await openLooping();
    const seen: string[] = [await shownKey(page)];
    // Every frame stays at least the minimum time up, so sampling each second sees them all.
    for (let second = 1; second <= HOUR / 1000; second += 1) {
      // Samples on the show's whole seconds: the first one comes START_UP_MS sooner.
      await freshContext().clock.runFor(second === 1 ? 1000 - START_UP_MS : 1000);
      const key = await shownKey(page);
      if (key !== seen.at(-1)) seen.push(key);
    }
    const expected = expectedLoopFrames(deck, settings, HOUR);
    expect(seen).toEqual(expected);
    const perLanguage = (keys: string[], lang: string) => keys.filter((key) => key.endsWith(`:${lang}`)).length;
    expect(perLanguage(seen, 'en')).toBe(perLanguage(expected, 'en'));
    expect(perLanguage(seen, 'ko')).toBe(perLanguage(expected, 'ko'));
    expect(perLanguage(seen, 'en')).toBeGreaterThan(100);
    console.log(`[auto-loop] one hour: ${seen.length} frames, ${perLanguage(seen, 'en')} English, ${perLanguage(seen, 'ko')} Korean`);
  }, 300_000);

  it('pauses when a person takes over and resumes by itself after the idle time, from where they left it', async () => {
    const page = await openLooping();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await shownKey(page)).toBe('1b:en');
    expect(await loopState(page)).toBe('paused');
    await freshContext().clock.runFor(settings.idleResumeSeconds * 1000 - 1000);
    expect(await loopState(page)).toBe('paused');
    expect(await shownKey(page)).toBe('1b:en');
    await freshContext().clock.runFor(2000);
    expect(await loopState(page)).toBe('running');
    expect(await shownKey(page)).toBe('1b:en');
    await freshContext().clock.runFor(readingTimeMs(deck.slides[1]?.text.en ?? '', 'en', settings));
    expect(await shownKey(page)).toBe('1b:ko');
  });

  it('shows a thin progress line while looping, and A turns the loop off and on', async () => {
    const page = await openLooping();
    await expect.poll(() => page.locator('.progress-line').count()).toBe(1);
    await freshContext().clock.runFor(3000);
    await saveScreenshot(page, 'loop-1280x720-progress-line');
    await page.keyboard.press('a');
    expect(await loopState(page)).toBe('off');
    expect(await page.locator('.progress-line').count()).toBe(0);
    await freshContext().clock.runFor(HOUR);
    expect(await shownKey(page)).toBe('1a:en');
    await page.keyboard.press('a');
    expect(await loopState(page)).toBe('running');
  });

  it('M switches the alternation mode live, staying on the slide, and the loop goes on', async () => {
    const page = await openLooping('loop&slide=4b');
    const modes: string[] = [];
    for (const expected of ['in-place', 'stacked', 'single', 'sequence']) {
      await page.keyboard.press('m');
      await expect.poll(() => page.locator('.show').getAttribute('data-mode')).toBe(expected);
      await freshContext().clock.runFor(600);
      modes.push(`${expected}=${await shownKey(page)}`);
      await saveScreenshot(page, `mode-${expected}-1280x720`);
    }
    expect(modes).toEqual(['in-place=4b:en', 'stacked=4b:en+ko', 'single=4b:en', 'sequence=4b:en']);
    expect(await loopState(page)).toBe('running');
  });

  it('in-place crossfades the languages of a segment on a timer until a person moves on', async () => {
    const page = await openLooping('mode=in-place&slide=2a');
    expect(await shownKey(page)).toBe('2a:en');
    await freshContext().clock.runFor(readingTimeMs(deck.slides[3]?.text.en ?? '', 'en', settings));
    expect(await shownKey(page)).toBe('2a:ko');
    await page.keyboard.press('ArrowRight');
    expect(await shownKey(page)).toBe('2b:en');
  });
});
