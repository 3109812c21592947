import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Deck } from '../../common/deck/deck';
import { buildFrames } from '../../common/show/frames';
import { takingTurns } from './measure';

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** How the bare page sets its paragraph: the browser's defaults, or the type of the first slide. */
export interface BareType {
  readonly sizePx: number;
  readonly weight: number;
  readonly marginPx: number;
}

/** The words of the deck's first slide as the show opens on them: its first frame, in that frame's first language. */
export function firstSlideText(deck: Deck): { readonly lang: string; readonly text: string } {
  const frame = buildFrames(deck, deck.languages)[0];
  const lang = frame?.langs[0] ?? 'en';
  return { lang, text: (frame === undefined ? undefined : deck.slides[frame.slideIndex]?.text[lang]) ?? '' };
}

/**
 * Writes the bare page into a temporary folder and returns the folder: the text of the
 * deck's first slide (its first frame, in its first language) as one paragraph of plain
 * HTML, with no script, no style sheet and no web font (the browser's default font). It
 * is the floor a page showing that text could reach on this machine, in the same run.
 * With `type`, the paragraph is set as large as the first slide's text (one inline style,
 * still the default font): what painting that much text costs, with nothing to load or fit.
 */
export function writeBarePage(deck: Deck, type?: BareType): string {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-bare-'));
  const { lang, text } = firstSlideText(deck);
  const style = type === undefined ? '' : ` style="font-size:${type.sizePx}px;font-weight:${type.weight};margin:${type.marginPx}px"`;
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>First slide</title></head><body><p${style}>${escapeHtml(text)}</p></body></html>`,
  );
  return folder;
}

/**
 * The type of Yeondae's first slide at 1920x1080, as the page fitted it: the size the fit
 * set, the weight, and the slide's safe margin, read off the slide once it is painted.
 */
export async function firstSlideType(browser: Browser, url: string): Promise<BareType> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const text = page.locator(".show[data-ready='true']:not([data-starting]) .slide[data-phase='current'] .slide-fit[data-font-size]").first();
    await text.waitFor();
    return await text.evaluate((element: HTMLElement) => ({
      sizePx: Number(element.dataset.fontSize),
      weight: Number(getComputedStyle(element).fontWeight),
      marginPx: Number.parseFloat(getComputedStyle(element.closest('.slide') ?? element).paddingLeft),
    }));
  } finally {
    await context.close();
  }
}

/**
 * Chromium's largest-contentful-paint of a cold load of `url` in a fresh profile at
 * 1920x1080, in ms from the start of navigation: the paint time (renderTime, or startTime
 * where the paint time is not exposed) of the last `largest-contentful-paint` entry, read
 * from a PerformanceObserver installed before the page's first script (buffered), once
 * the page has settled: `readySelector` matched and no animation running on an element with
 * text, so an entrance that fades in counts until it is done. The same method for every page measured.
 */
export async function largestContentfulPaint(browser: Browser, url: string, readySelector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await context.addInitScript(() => {
    const entries: { renderTime: number; startTime: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) entries.push({ renderTime: (entry as LargestContentfulPaint).renderTime, startTime: entry.startTime });
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    (window as unknown as { lcp: { entries: typeof entries; observer: PerformanceObserver } }).lcp = { entries, observer };
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(readySelector).first().waitFor();
  // Animations of what holds text: reveal.js's controls bounce for a long while, and are no content.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || ((animation.effect as KeyframeEffect | null)?.target?.textContent ?? '').trim() === ''),
  );
  const lcp = await page.evaluate(
    () =>
      // Two frames on, so the last frame's paint has been reported, then what the observer still holds.
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              const { entries, observer } = (window as unknown as { lcp: { entries: { renderTime: number; startTime: number }[]; observer: PerformanceObserver } }).lcp;
              for (const entry of observer.takeRecords()) entries.push({ renderTime: (entry as LargestContentfulPaint).renderTime, startTime: entry.startTime });
              const last = entries.at(-1);
              resolve(last === undefined ? Number.NaN : last.renderTime > 0 ? last.renderTime : last.startTime);
            }, 50),
          ),
        );
      }),
  );
  await context.close();
  return lcp;
}

/** A page whose first slide is measured: its address, and what marks it settled. */
export interface MeasuredPage {
  readonly url: string;
  readonly readySelector: string;
}

/**
 * `rounds` cold loads of every page, taking turns (`takingTurns`). Returns each page's
 * largest-contentful-paint times, in the order of `pages`.
 */
export function largestPaintRounds(browser: Browser, pages: readonly MeasuredPage[], rounds: number): Promise<number[][]> {
  return takingTurns(pages, rounds, (page) => largestContentfulPaint(browser, page.url, page.readySelector));
}
