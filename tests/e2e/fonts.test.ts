import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { charactersOf } from '../../common/deck/deck-characters';
import { SLIDE_FONT } from '../../common/layout/slide-font';
import { readContentFolder } from '../../node/read-content-folder';
import { loadProjectContent, projectPath } from '../support/project-content';
import { useChromium } from './support/browser-hooks';
import { openShowOfFolder } from './support/content-folder-host';
import { platformFontsOfCurrentSlide } from './support/measure-slide';
import { openShow } from './support/show-page';

const browser = useChromium();
const builtIn = loadProjectContent().deck;
const otherFolder = projectPath('tests/e2e/fixtures/other-characters');

/** The font files the page has fetched so far, by file name, as its resource timing lists them. */
const fetchedFonts = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').at(-1) ?? '')
      .filter((file) => file.endsWith('.woff2')),
  );

describe('the built-in statement', () => {
  it('fetches one font file for its first slide: the cut-down one index.html preloads', async () => {
    const page = await openShow(browser());
    const preloaded = await page.locator("link[rel='preload'][as='font']").getAttribute('href');
    expect(await fetchedFonts(page)).toEqual([preloaded?.split('/').at(-1)]);
    expect(preloaded).toMatch(/pretendard-deck-[0-9a-f]{8}\.woff2$/);
    await page.close();
  });

  it('is set by the cut-down font as by the whole of Pretendard: its kerning and features kept, at the same weight', async () => {
    const page = await openShow(browser());
    const texts = builtIn.slides.flatMap((slide) => Object.values(slide.text));
    // The whole variable font in one file, as the pretendard package ships it (the app ships
    // it only in slices, and kerning does not reach across two slices' files).
    const whole = readFileSync(createRequire(import.meta.url).resolve('pretendard/dist/web/variable/woff2/PretendardVariable.woff2')).toString('base64');
    const widths = await page.evaluate(
      async ({ texts, font, whole }) => {
        const face = new FontFace('Pretendard Whole', Uint8Array.from(atob(whole), (character) => character.charCodeAt(0)), { weight: '45 930' });
        document.fonts.add(await face.load());
        const context = document.createElement('canvas').getContext('2d');
        if (context === null) throw new Error('no canvas');
        return texts.map((text) =>
          (['normal', 'none'] as const).flatMap((kerning) =>
            [font.deckFamily, 'Pretendard Whole'].map((family) => {
              context.font = `${font.weight} 64px "${family}"`;
              context.fontKerning = kerning;
              return context.measureText(text).width;
            }),
          ),
        );
      },
      { texts, font: SLIDE_FONT, whole },
    );
    // Within half a pixel a text (instancing rounds each advance to whole font units), kerned
    // or not; without its kerning most texts would be a pixel or more off, so a cut that lost
    // its kerning (or its weight) could not pass.
    for (const [index, [cut = 0, full = 0, cutUnkerned = 0, fullUnkerned = 0]] of widths.entries()) {
      expect(Math.abs(cut - full), texts[index]).toBeLessThan(0.5);
      expect(Math.abs(cutUnkerned - fullUnkerned), texts[index]).toBeLessThan(0.5);
    }
    const kerned = widths.filter(([, full = 0, , fullUnkerned = 0]) => Math.abs(full - fullUnkerned) >= 1);
    expect(kerned.length).toBeGreaterThan(texts.length / 2);
    await page.close();
  });
});

describe('a build whose style sheet of font slices does not load', () => {
  it('still starts every view, says why in the console, and shows the audience its slide', async () => {
    for (const view of ['presenter', 'audience'] as const) {
      const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.route(/pretendard-slices-[^/]*\.css$/u, (route) => route.abort());
      await page.goto(`${inject('showUrl')}?view=${view}`);
      await page.locator("[data-ready='true']:not([data-starting])").first().waitFor();
      if (view === 'presenter') await page.getByTestId('position').waitFor();
      else await page.locator(".slide[data-phase='current'] .slide-fit[data-font-size]").waitFor();
      await expect.poll(() => problems.filter((problem) => problem.includes('font slices did not load'))).toHaveLength(1);
      expect(problems.filter((problem) => !problem.includes('font slices did not load') && !problem.includes('Failed to load resource'))).toEqual([]);
      await page.close();
    }
  });
});

describe('a content folder with characters the cut-down font does not have', () => {
  it('shows them in Pretendard all the same: from its unicode-range slices, and the characters those leave out from the rest of it', async () => {
    const other = readContentFolder(otherFolder);
    if (!other.ok) throw new Error('the fixture does not load');
    // The premise: Latin and Hangul the built-in statement never uses.
    const missing = [...charactersOf(other.deck)].filter((character) => !charactersOf(builtIn).includes(character));
    expect(missing).toEqual(expect.arrayContaining(['Ç', 'Œ', 'ü', 'ã', 'ó', 'ö', '햇', '뷁', '똠']));

    const page = await openShowOfFolder(browser(), otherFolder);
    const langs = await page.locator(".slide[data-phase='current'] .slide-text").evaluateAll((blocks) => blocks.map((block) => block.getAttribute('lang')));
    expect(langs).toEqual(['en', 'ko']);
    expect(await platformFontsOfCurrentSlide(page)).toEqual({ 'Pretendard Variable': expect.any(Number) });
    const fetched = await fetchedFonts(page);
    expect(fetched.filter((file) => file.startsWith('pretendard-deck-'))).toHaveLength(1);
    expect(fetched.filter((file) => file.startsWith('PretendardVariable.subset.')).length).toBeGreaterThan(0);
    expect(fetched.filter((file) => file.startsWith('pretendard-rest'))).toHaveLength(1);
    await page.close();
  });
});
