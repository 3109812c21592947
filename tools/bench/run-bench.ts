/**
 * `npm run bench`: prints the figures the issues ask for, measured in headless Chromium
 * on this machine. Figures, not assertions: these machines are noisy, so nothing here
 * fails on a number. Run after `npm run build`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { readContentFolder } from '../../node/read-content-folder';
import { launchChromium } from '../browser/chromium';
import { serveFolder } from '../browser/static-server';
import { createMainThreadMeter, mainThreadPerChange, median } from './measure';
import { measureNetworkFigures } from './network-figures';
import { writeRevealBaseline } from './reveal-baseline';

const RUNS = 5;
const CHANGES = 60;
const rendererFolder = resolve('dist/renderer');

async function firstSlideInFinalFontMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // Note the first frame painted after the first slide is marked ready (its fonts loaded).
  await context.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector(".show[data-ready='true']") === null) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        (window as unknown as { firstSlidePaintedAt: number }).firstSlidePaintedAt = performance.now();
      });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'firstSlidePaintedAt' in window);
  const paintedAt = await page.evaluate(() => (window as unknown as { firstSlidePaintedAt: number }).firstSlidePaintedAt);
  const inFont = await page.evaluate(() => document.fonts.check('600 64px "Pretendard Variable"', document.querySelector('.slide-line')?.textContent ?? ''));
  await context.close();
  if (!inFont) throw new Error('the first slide was not painted in the bundled font');
  return paintedAt;
}

async function fitFigures(browser: Browser, url: string, frames: number): Promise<{ oneSlideMs: number; allSlidesMs: number }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(".show[data-ready='true']").waitFor();
  const meter = await createMainThreadMeter(page);
  const resizes: number[] = [];
  for (const size of [{ width: 1366, height: 768 }, { width: 1080, height: 1920 }, { width: 3840, height: 2160 }, { width: 1920, height: 1080 }]) {
    const before = await meter.read();
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    resizes.push((await meter.read()) - before);
  }
  await page.setViewportSize({ width: 2560, height: 1080 });
  const before = await meter.read();
  for (let frame = 1; frame < frames; frame += 1) await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  const allSlidesMs = (await meter.read()) - before;
  await context.close();
  return { oneSlideMs: median(resizes), allSlidesMs };
}

async function perChange(browser: Browser, url: string, ready: string, settleMs: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(ready).waitFor();
  await page.waitForTimeout(500);
  const perChangeMs = await mainThreadPerChange(page, 'ArrowRight', CHANGES, settleMs);
  await context.close();
  return perChangeMs;
}

function shippedBytes(extension: string): number {
  const walk = (folder: string): number =>
    readdirSync(folder).reduce((sum, name) => {
      const path = join(folder, name);
      return sum + (statSync(path).isDirectory() ? walk(path) : path.endsWith(extension) ? statSync(path).size : 0);
    }, 0);
  return walk(rendererFolder);
}

async function main(): Promise<void> {
  if (!existsSync(join(rendererFolder, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const content = readContentFolder(resolve('content'));
  if (!content.ok) throw new Error('the content does not load; run `npm run deck` for the problems');
  const frames = content.deck.slides.reduce((count, slide) => count + Object.keys(slide.text).length, 0);
  const yeondae = await serveFolder(rendererFolder);
  const reveal = await serveFolder(writeRevealBaseline(content.deck), '/reveal/');
  const browser = await launchChromium();
  try {
    const firstPaints: number[] = [];
    for (let run = 0; run < RUNS; run += 1) firstPaints.push(await firstSlideInFinalFontMs(browser, yeondae.url));
    const fit = await fitFigures(browser, yeondae.url, frames);
    const ours = await perChange(browser, yeondae.url, ".show[data-ready='true']", 600);
    const theirs = await perChange(browser, reveal.url, "body[data-ready='true']", 900);
    const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MiB`;
    const lines = [
      `first slide painted in its final font after load: ${median(firstPaints).toFixed(0)} ms (median of ${RUNS} cold loads)`,
      `fit one slide to a new screen size (main thread per resize): ${fit.oneSlideMs.toFixed(1)} ms (median of 4 sizes)`,
      `fit all ${frames} slides at a new screen size (showing each once, render and fit): ${fit.allSlidesMs.toFixed(0)} ms`,
      `main-thread time per slide change: Yeondae ${ours.toFixed(2)} ms, reveal.js ${theirs.toFixed(2)} ms, same run (${CHANGES} changes each; target ≤ half of reveal.js: ${ours <= theirs / 2 ? 'met' : 'NOT met'})`,
      `shipped: fonts ${mib(shippedBytes('.woff2'))}, renderer JavaScript ${mib(shippedBytes('.js'))}, CSS ${mib(shippedBytes('.css'))}`,
    ];
    for (const line of lines) console.log(line);
    for (const line of await measureNetworkFigures(browser, content)) console.log(line);
  } finally {
    await browser.close();
    await yeondae.close();
    await reveal.close();
  }
}

await main();
