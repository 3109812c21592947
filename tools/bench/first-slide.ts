import type { Browser } from 'playwright-core';

/** When a page's first slide was painted, and the font bytes it had fetched by then. */
export interface FirstSlide {
  /** From the start of navigation to the first frame after the page marked itself ready. */
  readonly ms: number;
  /** The woff2 files fetched before that frame (their bodies, as served). */
  readonly fontBytes: number;
}

/**
 * Loads `url` cold in a fresh profile at 1920x1080 and notes the first frame painted after
 * an element matching `readySelector` appears (Yeondae marks its show ready once the first
 * slide's fonts are loaded; the reveal.js baseline marks its body once reveal.js has
 * initialized). The same method for every page measured, in the same run.
 */
export async function firstSlide(browser: Browser, url: string, readySelector: string): Promise<FirstSlide> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await context.addInitScript((selector: string) => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector(selector) === null) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        (window as unknown as { firstSlidePaintedAt: number }).firstSlidePaintedAt = performance.now();
      });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  }, readySelector);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'firstSlidePaintedAt' in window);
  const figures = await page.evaluate(() => {
    const paintedAt = (window as unknown as { firstSlidePaintedAt: number }).firstSlidePaintedAt;
    const fonts = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry.name.endsWith('.woff2') && entry.startTime <= paintedAt);
    return { ms: paintedAt, fontBytes: fonts.reduce((sum, entry) => sum + entry.encodedBodySize, 0) };
  });
  await context.close();
  return figures;
}

/**
 * Throws unless every glyph of Yeondae's first slide was painted in a font of the app's
 * own (a web font named Pretendard), as Chromium reports it to DevTools: a first slide
 * painted early in a fallback font would not count.
 */
export async function assertFirstSlideInBundledFont(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(url);
  // The app's slide, which stays: the one the page paints ahead of it is the same markup,
  // after the same fonts (tests/e2e/first-paint.test.ts), and is replaced at any moment.
  await page.locator(".show[data-ready='true']:not([data-starting]) .slide-line").waitFor();
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.slide-line, .slide-line *' });
  for (const nodeId of nodeIds) {
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    const other = fonts.find((font) => !font.isCustomFont || !font.familyName.startsWith('Pretendard'));
    if (other !== undefined) throw new Error(`the first slide was painted in ${other.familyName}, not the bundled font`);
  }
  await page.close();
}
