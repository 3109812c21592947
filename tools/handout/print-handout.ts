import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium';
import { HANDOUT_FONT_FAMILY } from './handout-fonts';
import type { Paper } from './paper';

/**
 * Prints handout pages to PDF with Chromium's own printing, one PDF per paper, in one
 * browser. Each page's fonts must have loaded first: a handout in a fallback font is
 * refused, never written.
 *
 * @param pageFor the handout's HTML for a paper
 */
export async function printHandouts(papers: readonly Paper[], pageFor: (paper: Paper) => string): Promise<Map<Paper, Buffer>> {
  const browser = await launchChromium();
  try {
    const pdfs = new Map<Paper, Buffer>();
    for (const paper of papers) pdfs.set(paper, await printOne(browser, pageFor(paper)));
    return pdfs;
  } finally {
    await browser.close();
  }
}

async function printOne(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const missing = await page.evaluate(async (family) => {
      await document.fonts.ready;
      const texts = [...document.querySelectorAll<HTMLElement>('[lang]')].map((element) => element.innerText).join(' ');
      const faces = await document.fonts.load(`400 12pt "${family}"`, texts);
      return faces.length === 0 || faces.some((face) => face.status !== 'loaded');
    }, HANDOUT_FONT_FAMILY);
    if (missing) throw new Error(`the font ${HANDOUT_FONT_FAMILY} did not load, so the handout would be printed in another font`);
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  } finally {
    await page.close();
  }
}
