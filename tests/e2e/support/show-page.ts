import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { SLIDE_SHOWN_AT_LEAST_MS } from '../../../common/show/crossfade';
import { projectPath } from '../../support/project-content';

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

export const FULL_HD: Viewport = { width: 1920, height: 1080 };

/**
 * Opens the show in a new page, with address options such as `lang=ko`, and waits for the
 * first slide as the app shows it (not the page's own first paint ahead of the app, see
 * renderer/boot/first-slide.ts): from then on, slide changes cross-fade (unless `motion`
 * asks for reduced motion).
 */
export async function openShow(browser: Browser, query = '', viewport: Viewport = FULL_HD, motion: Pick<BrowserContextOptions, 'reducedMotion'> = {}): Promise<Page> {
  const page = await browser.newPage({ viewport, ...motion });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${inject('showUrl')}${query === '' ? '' : `?${query}`}`);
  await page.locator(".show:not([data-starting]) .slide[data-phase='current']").waitFor();
  if (problems.length > 0) throw new Error(`the page failed: ${problems.join('; ')}`);
  return page;
}

/** Waits until the page's view has drawn the show: the app's, not the first slide the page paints ahead of it. */
export const whenReady = (page: Page): Promise<void> => page.locator("[data-ready='true']:not([data-starting])").first().waitFor();

/**
 * Opens `url` in a new page of `opener` (a browser profile, or the browser, for a page in a
 * profile of its own at the default 1280x720) and waits until its view shows the show.
 */
export async function openReady(opener: Pick<BrowserContext | Browser, 'newPage'>, url: string): Promise<Page> {
  const page = await opener.newPage();
  await page.goto(url);
  await whenReady(page);
  return page;
}

/**
 * Presses `key` on a page whose clock the test holds (`page.clock` installed), then lets
 * the audience screen's pace go by: a move that comes within a crossfade of the last one
 * waits for it (common/show/crossfade.ts), and a person who presses, reads and presses
 * again gives it that time. The screen then shows where the press took the show.
 */
export async function pressAndLook(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await page.clock.runFor(SLIDE_SHOWN_AT_LEAST_MS);
}

/** What the audience sees now. */
export async function currentSlide(page: Page): Promise<{ id: string | null; lang: string | null; text: string }> {
  const slide = page.locator(".slide[data-phase='current']");
  const textElement = slide.locator('.slide-text');
  return {
    id: await slide.getAttribute('data-slide-id'),
    lang: await textElement.getAttribute('lang'),
    text: (await textElement.locator('.slide-line').textContent()) ?? '',
  };
}

/**
 * Waits until slide changes have finished: no slide fading out, no animation running but
 * the loop's progress line, which runs for the whole time a slide is up (up to half a
 * minute): waiting for it would not wait for a change, only for the next one.
 */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector(".slide[data-phase='leaving']") === null &&
      document
        .getAnimations()
        .every((animation) => animation.playState !== 'running' || ((animation.effect as KeyframeEffect | null)?.target?.classList.contains('progress-line') ?? false)),
  );
}

/** Saves a screenshot, once the slide has settled, for a person to look at under `test-results/screenshots/`. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await waitForSettled(page);
  const folder = projectPath('test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  const path = `${folder}/${name}.png`;
  await page.screenshot({ path });
  return path;
}
