import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../common/deck/deck';
import { addressBreaksIn } from '../../common/layout/address-breaks';
import { firstIllegible } from '../../common/layout/legibility';
import { safeArea } from '../../common/layout/type-scale';
import { useScratchFolders } from '../support/scratch-folders';
import { useChromium } from './support/browser-hooks';
import { openShowOfFolder } from './support/content-folder-host';
import { saveScreenshot } from './support/show-page';

/** A statement that ends as statements do: with where to follow the organizers, one address far wider than a line at 800x600. */
const TEXT: Readonly<Record<Language, string>> = {
  en: 'Follow us and read the whole statement at https://www.contributor-covenant.org/version/2/1/code_of_conduct/solidarity-with-palestine.html',
  ko: '성명 전문은 https://www.contributor-covenant.org/version/2/1/code_of_conduct/solidarity-with-palestine.html에서 읽을 수 있습니다.',
};
const SMALLEST = { width: 800, height: 600 };

const browser = useChromium();
const scratch = useScratchFolders('yeondae-address-breaks-e2e-');

function writeStatement(): string {
  const folder = scratch();
  const entries = Object.entries(TEXT).map(([lang, text]) => `    ${lang}: ${JSON.stringify(text)}\n`).join('');
  writeFileSync(join(folder, 'statement.yaml'), `segments:\n  - id: opening\n    en: "Free Palestine."\n    ko: "팔레스타인에 자유를."\n  - id: follow\n${entries}`);
  return folder;
}

/** The slide's text, and the offsets in it where a new line begins on screen (first characters of lines but the first). */
async function lineStarts(page: Page): Promise<{ text: string; starts: number[] }> {
  return page.evaluate(() => {
    const line = document.querySelector(".slide[data-phase='current'] .slide-line");
    if (line === null) throw new Error('no current slide');
    const range = document.createRange();
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let text = '';
    let lastTop: number | undefined;
    const starts: number[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const content = node.textContent ?? '';
      for (let index = 0; index < content.length; index += 1) {
        const character = content[index] ?? '';
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        if (!/\s/u.test(character) && rect !== undefined) {
          if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) starts.push(text.length);
          lastTop = rect.top;
        }
        text += character;
      }
    }
    return { text, starts };
  });
}

describe('a web address on a slide at 800x600', () => {
  it('is legible by the content check, which counts it as its longest piece', () => {
    for (const [lang, text] of Object.entries(TEXT)) expect(firstIllegible(text, lang as Language)).toBeUndefined();
  });

  it.each(['en', 'ko'] as const)('breaks only between words and at the address’s break points, inside the safe area (%s)', async (lang) => {
    const page = await openShowOfFolder(browser(), writeStatement(), SMALLEST, { type: 'goToSlide', slideId: 'follow', lang });
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.locator(".slide[data-phase='current'][data-slide-id='follow'] .slide-fit[data-font-size]").waitFor();
      const { text, starts } = await lineStarts(page);
      expect(text).toBe(TEXT[lang]);
      const allowed = new Set(addressBreaksIn(text));
      const inside = starts.filter((start) => !/\s/u.test(text[start - 1] ?? ''));
      // The address is wider than a line: it does break, and only where the rule allows.
      expect(inside.length).toBeGreaterThan(0);
      for (const start of inside) expect(allowed.has(start), `a line starts at "${text.slice(start, start + 12)}…"`).toBe(true);
      const measured = await page.evaluate(() => {
        const fit = document.querySelector<HTMLElement>(".slide[data-phase='current'] .slide-fit");
        const box = document.querySelector<HTMLElement>(".slide[data-phase='current'] .slide-safe-area");
        if (fit === null || box === null) throw new Error('no fitted slide');
        const rect = fit.getBoundingClientRect();
        return {
          rect: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
          fontSizePx: Number(fit.dataset.fontSize),
          squeezed: fit.hasAttribute('data-squeezed'),
          clipped: box.scrollHeight > box.clientHeight + 0.5 || box.scrollWidth > box.clientWidth + 0.5,
          overflowing: [...fit.querySelectorAll<HTMLElement>('.slide-text')].some((element) => element.scrollWidth > element.clientWidth + 0.5),
        };
      });
      const area = safeArea(SMALLEST);
      const margin = { x: (SMALLEST.width - area.width) / 2, y: (SMALLEST.height - area.height) / 2 };
      expect(measured.squeezed).toBe(false);
      expect(measured.clipped).toBe(false);
      expect(measured.overflowing).toBe(false);
      expect(measured.rect.left).toBeGreaterThanOrEqual(margin.x - 0.5);
      expect(measured.rect.right).toBeLessThanOrEqual(SMALLEST.width - margin.x + 0.5);
      expect(measured.rect.top).toBeGreaterThanOrEqual(margin.y - 0.5);
      expect(measured.rect.bottom).toBeLessThanOrEqual(SMALLEST.height - margin.y + 0.5);
      // Set at a legible size (3% of the height, type-scale.ts), not shrunk until one run fits.
      expect(measured.fontSizePx).toBeGreaterThanOrEqual(0.03 * SMALLEST.height);
      await saveScreenshot(page, `address-breaks-800x600-${lang}`);
    } finally {
      await page.close();
    }
  });
  it.each(['en', 'ko'] as const)('is painted ahead of the app in the same pieces the app renders, so the first slide does not change when the app takes it over (%s)', async (lang) => {
    const page = await openShowOfFolder(browser(), writeStatement(), SMALLEST, { type: 'goToSlide', slideId: 'follow', lang }, (page) =>
      page.addInitScript(() => {
        // The line as first painted, ahead of the app (the show marked data-starting), without the fit's sizes.
        const record = window as unknown as { aheadOfApp?: string };
        new MutationObserver(() => {
          const line = document.querySelector('.show[data-starting] .slide-line');
          if (line !== null && record.aheadOfApp === undefined) record.aheadOfApp = line.innerHTML.replace(/ style="[^"]*"/gu, '');
        }).observe(document, { subtree: true, childList: true });
      }),
    );
    try {
      await page.locator(".show:not([data-starting]) .slide[data-phase='current'][data-slide-id='follow'] .slide-fit[data-font-size]").waitFor();
      const { aheadOfApp, app } = await page.evaluate(() => ({
        aheadOfApp: (window as unknown as { aheadOfApp?: string }).aheadOfApp,
        app: document.querySelector(".slide[data-phase='current'] .slide-line")?.innerHTML.replace(/ style="[^"]*"/gu, ''),
      }));
      expect(aheadOfApp).toContain('<wbr>');
      expect(aheadOfApp).toBe(app);
    } finally {
      await page.close();
    }
  });
});
