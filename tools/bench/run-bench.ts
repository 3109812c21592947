/**
 * `npm run bench`: prints the figures the issues ask for, measured in headless Chromium
 * on this machine, next to reveal.js showing the same statement in the same run where a
 * comparison exists. Figures, not assertions: these machines are noisy, so nothing here
 * fails on a number. Run after `npm run build` (the npm script does it).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readContentFolder } from '../../node/read-content-folder';
import { launchChromium } from '../browser/chromium';
import { serveFolder } from '../browser/static-server';
import { measureAttackFigures } from './attack-figures';
import { assertFirstSlideInBundledFont, firstSlide, type FirstSlide } from './first-slide';
import { fitFigures, type FitTimes } from './fit-figures';
import { measureExportFigures } from './export-figures';
import { writeCrossfadeFloorPage } from './crossfade-floor-page';
import { writeKeyFloorPage } from './key-floor-page';
import { firstSlideType, largestPaintRounds, writeBarePage } from './largest-paint';
import { mainThreadPerChange, mainThreadPerQuickPress, median, takingTurns } from './measure';
import { measureNetworkFigures } from './network-figures';
import { measureReadAlongFigures } from './read-along-figures';
import { writeRevealBaseline } from './reveal-baseline';
import { writeScriptedFirstSlidePage } from './scripted-first-slide-page';
import { shippedSizes } from './shipped-sizes';

const RUNS = 5;
/** Settled changes on each page, one page after the other. */
const CHANGES = 60;
/** Cold loads of each page for its largest contentful paint, taking turns. */
const LCP_ROUNDS = 9;
/** A clicker held down: runs of presses one frame apart, forward then back. */
const QUICK_RUN = 40;
const QUICK_SWEEPS = 4;
/** Rounds of quick presses, each page in turn within a round; the figure is the median of a page's rounds. */
const QUICK_ROUNDS = 3;
/** The most main-thread time per change Yeondae may take, as a fraction of reveal.js's. */
const PER_CHANGE_TARGET = 0.25;
/**
 * The renderer measured: this build's, or another's (`YEONDAE_BENCH_RENDERER=DIR`, say an
 * earlier commit's `dist/renderer`, for figures before and after a change in the same run of the machine).
 */
const rendererFolder = resolve(process.env.YEONDAE_BENCH_RENDERER ?? 'dist/renderer');

/** Opens `url` at 1920x1080 in a profile of its own, waits until `ready` is there and a moment more, measures it, and closes it. */
async function measureReadyPage(browser: Browser, url: string, ready: string, measure: (page: Page) => Promise<number>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(ready).waitFor();
    await page.waitForTimeout(500);
    return await measure(page);
  } finally {
    await context.close();
  }
}

const perChange = (browser: Browser, url: string, ready: string, settleMs: number): Promise<number> =>
  measureReadyPage(browser, url, ready, (page) => mainThreadPerChange(page, 'ArrowRight', CHANGES, settleMs));

const perQuickPress = (browser: Browser, url: string, ready: string, settleMs: number): Promise<number> =>
  measureReadyPage(browser, url, ready, (page) => mainThreadPerQuickPress(page, { forward: 'ArrowRight', back: 'ArrowLeft' }, QUICK_RUN, QUICK_SWEEPS, settleMs));

/** Cold loads of both pages, taking turns, so that a busy moment of the machine costs both alike. */
async function firstSlides(browser: Browser, ours: string, theirs: string): Promise<{ ours: FirstSlide[]; theirs: FirstSlide[] }> {
  const pages = [
    { url: ours, ready: ".show[data-ready='true'] .slide" },
    { url: theirs, ready: "body[data-ready='true']" },
  ];
  const [oursLoads = [], theirsLoads = []] = await takingTurns(pages, RUNS, (page) => firstSlide(browser, page.url, page.ready));
  return { ours: oursLoads, theirs: theirsLoads };
}

const fitTimes = (times: FitTimes | undefined): string =>
  times === undefined ? 'not reported (the renderer times no fits)' : `median ${times.median.toFixed(2)} ms, slowest ${times.max.toFixed(2)} ms (${times.count} fits)`;
const ratio = (ours: number, theirs: number): string => (ours / theirs).toFixed(2);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MiB`;

async function main(): Promise<void> {
  if (!existsSync(join(rendererFolder, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const content = readContentFolder(resolve('content'));
  if (!content.ok) throw new Error('the content does not load; run `npm run deck` for the problems');
  const frames = content.deck.slides.reduce((count, slide) => count + Object.keys(slide.text).length, 0);
  const yeondae = await serveFolder(rendererFolder);
  const reveal = await serveFolder(writeRevealBaseline(content.deck), '/reveal/');
  const bare = await serveFolder(writeBarePage(content.deck), '/bare/');
  const keyFloor = await serveFolder(writeKeyFloorPage(), '/keys/');
  // The whole browser, not the headless shell the tests use: a person's Chromium, and the one earlier figures were measured in.
  const browser = await launchChromium('browser');
  try {
    const first = await firstSlides(browser, yeondae.url, reveal.url);
    await assertFirstSlideInBundledFont(browser, yeondae.url);
    const fit = await fitFigures(browser, yeondae.url, frames);
    const slideType = await firstSlideType(browser, yeondae.url);
    const crossfadeFloor = await serveFolder(writeCrossfadeFloorPage(rendererFolder, content.deck, slideType), '/crossfade/');
    const changing = [
      { url: yeondae.url, ready: ".show[data-ready='true']:not([data-starting])", settleMs: 600 },
      { url: reveal.url, ready: "body[data-ready='true']", settleMs: 900 },
      { url: crossfadeFloor.url, ready: "body[data-ready='true']", settleMs: 600 },
    ];
    const [ours = Number.NaN, theirs = Number.NaN, crossfadeOnly = Number.NaN] = (await takingTurns(changing, 1, (page) => perChange(browser, page.url, page.ready, page.settleMs))).map(median);
    const bareAtSlideSize = await serveFolder(writeBarePage(content.deck, slideType), '/bare-large/');
    const scripted = await serveFolder(writeScriptedFirstSlidePage(rendererFolder, content.deck, slideType), '/scripted/');
    const [lcpOurs = [], lcpTheirs = [], lcpBare = [], lcpBareLarge = [], lcpScripted = []] = await largestPaintRounds(
      browser,
      [
        { url: yeondae.url, readySelector: ".show[data-ready='true']:not([data-starting]) .slide" },
        { url: reveal.url, readySelector: "body[data-ready='true']" },
        { url: bare.url, readySelector: 'p' },
        { url: bareAtSlideSize.url, readySelector: 'p' },
        { url: scripted.url, readySelector: 'p' },
      ],
      LCP_ROUNDS,
    );
    await bareAtSlideSize.close();
    await scripted.close();
    const pressed = [...changing, { url: keyFloor.url, ready: "body[data-ready='true']", settleMs: 300 }];
    const [quickOurs = Number.NaN, quickTheirs = Number.NaN, quickCrossfadeFloor = Number.NaN, quickFloor = Number.NaN] = (
      await takingTurns(pressed, QUICK_ROUNDS, (page) => perQuickPress(browser, page.url, page.ready, page.settleMs))
    ).map(median);
    await crossfadeFloor.close();
    const sizes = await shippedSizes(rendererFolder);
    const oursMs = median(first.ours.map((each) => each.ms));
    const theirsMs = median(first.theirs.map((each) => each.ms));
    const lines = [
      `first slide painted in its final font: ${oursMs.toFixed(0)} ms, reveal.js ${theirsMs.toFixed(0)} ms, ratio ${(oursMs / theirsMs).toFixed(2)} (medians of ${RUNS} cold loads each, taking turns)`,
      `largest contentful paint (the first slide readable): Yeondae ${median(lcpOurs).toFixed(0)} ms, reveal.js ${median(lcpTheirs).toFixed(0)} ms, bare page ${median(lcpBare).toFixed(0)} ms (plain HTML of the first slide's text, the browser's default font); Yeondae ${ratio(median(lcpOurs), median(lcpTheirs))}x reveal.js, ${ratio(median(lcpOurs), median(lcpBare))}x the bare page (medians of ${LCP_ROUNDS} cold loads each at 1920x1080, taking turns)`,
      `largest contentful paint of the bare page with its text as large as Yeondae's first slide (the fitted size and weight, the default font): ${median(lcpBareLarge).toFixed(0)} ms; Yeondae ${ratio(median(lcpOurs), median(lcpBareLarge))}x it (the same rounds)`,
      `largest contentful paint of a page whose one-line script writes that text, in the deck's own font (preloaded, one style rule; no app, no saved place, no fit): ${median(lcpScripted).toFixed(0)} ms, ${ratio(median(lcpScripted), median(lcpBare))}x the bare page; Yeondae ${ratio(median(lcpOurs), median(lcpScripted))}x it (the same rounds)`,
      `fonts fetched for the first slide: ${kb(median(first.ours.map((each) => each.fontBytes)))}`,
      `fit per slide at 1920x1080, the fit's own main-thread time: ${fitTimes(fit.perSlide)}`,
      `fit per slide after a window resize, the fit's own main-thread time: ${fitTimes(fit.perResizeFit)}`,
      `window resize, all main-thread work (layout, fit, paint): ${fit.perResize.toFixed(1)} ms (median of 4 sizes)`,
      `all ${frames} slides shown once at a new screen size (render, fit, paint): ${fit.allSlides.toFixed(0)} ms`,
      `main-thread time per slide change: Yeondae ${ours.toFixed(2)} ms, reveal.js ${theirs.toFixed(2)} ms, ratio ${ratio(ours, theirs)}, same run (${CHANGES} changes each, each settled before the next; target ≤ ${PER_CHANGE_TARGET}: ${ours / theirs <= PER_CHANGE_TARGET ? 'met' : 'NOT met'})`,
      `the same settled changes on a page that does only the audience screen's crossfade (the built style sheet at the first slide's size; no app, no React, no fit): ${crossfadeOnly.toFixed(2)} ms, ${ratio(crossfadeOnly, theirs)}x reveal.js's figure`,
      `main-thread time per slide change, quick presses (a clicker held down, one frame apart): Yeondae ${quickOurs.toFixed(2)} ms, reveal.js ${quickTheirs.toFixed(2)} ms, ratio ${ratio(quickOurs, quickTheirs)}, same run (medians of ${QUICK_ROUNDS} rounds of ${2 * QUICK_RUN * QUICK_SWEEPS} presses each, taking turns, ${QUICK_RUN} forward and ${QUICK_RUN} back; target ≤ ${PER_CHANGE_TARGET}: ${quickOurs / quickTheirs <= PER_CHANGE_TARGET ? 'met' : 'NOT met'})`,
      `the same quick presses on a page that takes the keys and does nothing (the method's own floor): ${quickFloor.toFixed(2)} ms, ${ratio(quickFloor, quickTheirs)}x reveal.js's figure`,
      `the same quick presses on a page that does only the audience screen's crossfade, at its pace (the built style sheet at the first slide's size; no app, no React, no fit): ${quickCrossfadeFloor.toFixed(2)} ms, ${ratio(quickCrossfadeFloor, quickTheirs)}x reveal.js's figure`,
      `all fonts shipped: ${mib(sizes.fonts)}`,
      `renderer bundle: JavaScript ${kb(sizes.javaScript)} (${kb(sizes.firstJavaScript)} of it before the first slide, the views after), CSS ${kb(sizes.css)}`,
      `app.asar (packed by electron-builder, unpacked Linux build): ${mib(sizes.appAsar)}`,
    ];
    for (const line of lines) console.log(line);
    for (const line of await measureNetworkFigures(browser, content)) console.log(line);
    for (const line of await measureReadAlongFigures()) console.log(line);
    for (const line of await measureAttackFigures(content)) console.log(line);
    for (const line of await measureExportFigures()) console.log(line);
  } finally {
    await browser.close();
    await yeondae.close();
    await reveal.close();
    await bare.close();
    await keyFloor.close();
  }
}

await main();
