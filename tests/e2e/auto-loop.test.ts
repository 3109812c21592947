import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readingTimeMs } from '../../common/show/reading-time';
import { loadProjectContent } from '../support/project-content';
import { expectedLoopStarts, type LoopStart } from './support/expected-loop';
import { useChromium, useFreshContext } from './support/browser-hooks';
import { pressAndLook, saveScreenshot } from './support/show-page';
import { SLIDE_SHOWN_AT_LEAST_MS } from '../../common/show/crossfade';
import { inject } from 'vitest';

const { deck, settings } = loadProjectContent();
const START = new Date('2026-11-25T18:00:00Z');
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** How far from its moment a frame may come on screen: the loop's timer, then one render. */
const FRAME_TOLERANCE_MS = 50;

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
  it('runs an hour in moments, bringing every frame on screen at the end of the last one’s reading time, in the expected numbers per language', async () => {
    const page = await openLooping();
    // The page notes each frame as it comes on screen, by the show's (fake) clock.
    await page.evaluate(() => {
      const starts: { key: string; at: number }[] = [];
      (window as unknown as { loopStarts: typeof starts }).loopStarts = starts;
      const note = (): void => {
        const slide = document.querySelector<HTMLElement>(".slide[data-phase='current']");
        const key = slide === null ? undefined : `${slide.dataset.slideId}:${slide.dataset.langs?.replace(' ', '+')}`;
        if (key !== undefined && key !== starts.at(-1)?.key) starts.push({ key, at: Date.now() });
      };
      note();
      new MutationObserver(note).observe(document.querySelector('.show') as Element, { subtree: true, childList: true, attributes: true });
    });
    for (let minute = 0; minute < HOUR / MINUTE; minute += 1) await freshContext().clock.runFor(minute === 0 ? MINUTE - START_UP_MS : MINUTE);
    const loopBegan = START.getTime() + 1000;
    const seen = (await page.evaluate(() => (window as unknown as { loopStarts: { key: string; at: number }[] }).loopStarts)).map(({ key, at }) => ({ key, atMs: at - loopBegan }));
    // The first frame was on screen before the page started noting: it came at the loop's start.
    seen[0] = { key: seen[0]?.key ?? '', atMs: 0 };
    const expected = expectedLoopStarts(deck, settings, HOUR);
    expect(seen.map(({ key }) => key)).toEqual(expected.map(({ key }) => key));
    const late = seen.map(({ key, atMs }, index) => ({ key, lateMs: atMs - (expected[index]?.atMs ?? Number.NaN) })).filter(({ lateMs }) => Math.abs(lateMs) > FRAME_TOLERANCE_MS);
    expect(late, 'frames that came on screen away from the end of the reading time before them').toEqual([]);
    const perLanguage = (starts: readonly LoopStart[], lang: string) => starts.filter(({ key }) => key.endsWith(`:${lang}`)).length;
    expect(perLanguage(seen, 'en')).toBe(perLanguage(expected, 'en'));
    expect(perLanguage(seen, 'ko')).toBe(perLanguage(expected, 'ko'));
    expect(perLanguage(seen, 'en')).toBeGreaterThan(100);
    console.log(`[auto-loop] one hour: ${seen.length} frames, ${perLanguage(seen, 'en')} English, ${perLanguage(seen, 'ko')} Korean`);
  }, 300_000);

  it('pauses when a person takes over and resumes by itself after the idle time, from where they left it', async () => {
    const page = await openLooping();
    await pressAndLook(page, 'PageDown');
    await pressAndLook(page, 'PageDown');
    expect(await shownKey(page)).toBe('1b:en');
    expect(await loopState(page)).toBe('paused');
    await freshContext().clock.runFor(settings.idleResumeSeconds * 1000 - 1000 - SLIDE_SHOWN_AT_LEAST_MS);
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
    await pressAndLook(page, 'ArrowRight');
    expect(await shownKey(page)).toBe('2b:en');
  });
});
