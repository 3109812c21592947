import type { Browser } from 'playwright-core';
import { createMainThreadMeter, median } from './measure';

/** The fit times the renderer reported, in ms. */
export interface FitTimes {
  readonly median: number;
  readonly max: number;
  readonly count: number;
}

const summary = (times: readonly number[]): FitTimes | undefined =>
  times.length === 0 ? undefined : { median: median(times), max: Math.max(...times), count: times.length };

/** What fitting slides costs the main thread, in ms. */
export interface FitFigures {
  /** The renderer's own time per fit (its `yeondae:fit` user-timing measures) as each frame is shown at 1920x1080; undefined if it does not time its fits. */
  readonly perSlide: FitTimes | undefined;
  /** The same, for the fits the resizes caused. */
  readonly perResizeFit: FitTimes | undefined;
  /** All the main thread's work per window resize (layout and paint included), median of four sizes. */
  readonly perResize: number;
  /** All the main thread's work to show every frame once at a new size. */
  readonly allSlides: number;
}

/** The resizes measured: a laptop, a portrait panel, a 4K screen, and back to full HD. */
const RESIZES = [
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
  { width: 3840, height: 2160 },
  { width: 1920, height: 1080 },
];

/**
 * Shows every frame of the deck at 1920x1080 without animations, collecting the fit times
 * the renderer reports as user timing, then resizes the window and shows every frame again
 * at another size, reading the main thread's task time around each step.
 */
export async function fitFigures(browser: Browser, url: string, frames: number): Promise<FitFigures> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  await context.addInitScript(() => {
    const times: number[] = [];
    (window as unknown as { fitTimes: number[] }).fitTimes = times;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('yeondae:fit')) times.push(entry.duration);
    }).observe({ type: 'measure' });
  });
  const page = await context.newPage();
  await page.goto(url);
  // The app's fits: the page's own first paint ahead of the app is timed as the first slide.
  await page.locator(".show[data-ready='true']:not([data-starting])").waitFor();
  // As at a show, where the first slide is up for seconds before anyone moves on.
  await page.waitForTimeout(1000);
  for (let frame = 1; frame < frames; frame += 1) await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  const takeFitTimes = (): Promise<number[]> => page.evaluate(() => (window as unknown as { fitTimes: number[] }).fitTimes.splice(0));
  const slideFits = await takeFitTimes();
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  await takeFitTimes();
  const meter = await createMainThreadMeter(page);
  const resizes: number[] = [];
  for (const size of RESIZES) {
    const before = await meter.read();
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    resizes.push((await meter.read()) - before);
  }
  const resizeFits = await takeFitTimes();
  await page.setViewportSize({ width: 2560, height: 1080 });
  const before = await meter.read();
  for (let frame = 1; frame < frames; frame += 1) await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  const allSlides = (await meter.read()) - before;
  await context.close();
  return {
    perSlide: summary(slideFits),
    perResizeFit: summary(resizeFits),
    perResize: median(resizes),
    allSlides,
  };
}
