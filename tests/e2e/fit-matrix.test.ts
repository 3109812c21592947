import { beforeAll, describe, expect, it } from 'vitest';
import { largestSizePx, legibleMinimumPx, safeArea, type ScreenSize } from '../../common/layout/type-scale';
import { loadProjectContent } from '../support/project-content';
import { saveContactSheet, thumbnailOf, type Thumbnail } from './support/contact-sheet';
import { measureCurrentSlide, platformFontsOfCurrentSlide, type SlideMeasure } from './support/measure-slide';
import { SCREEN_SIZES as SCREENS } from './support/screen-sizes';
import { openShow, pressAndLook } from './support/show-page';
import { useChromium } from './support/browser-hooks';
import { sequenceFrameCount } from './support/frames';

const frameCount = sequenceFrameCount(loadProjectContent().deck);

/** Longest line a reader should have to follow, in characters. */
const MAX_LINE_CHARACTERS: Record<string, number> = { en: 75, ko: 40 };

const browser = useChromium();

/** Steps through every frame at one screen size, measuring each (and photographing it for the contact sheet). */
async function measureEveryFrame(screen: ScreenSize & { contactSheet: boolean }): Promise<{ measures: SlideMeasure[]; thumbnails: Thumbnail[] }> {
  const page = await openShow(browser(), '', screen);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const measures: SlideMeasure[] = [];
  const thumbnails: Thumbnail[] = [];
  for (let frame = 0; frame < frameCount; frame += 1) {
    const measure = await measureCurrentSlide(page);
    measures.push(measure);
    if (screen.contactSheet) {
      thumbnails.push({ label: `${frame + 1}. ${measure.id} ${measure.lang} · ${measure.fontSizePx}px`, image: await thumbnailOf(page) });
    }
    await page.keyboard.press('PageDown');
  }
  await page.close();
  return { measures, thumbnails };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

describe.each(SCREENS)('every slide at $width x $height', (screen) => {
  let measures: SlideMeasure[];
  const area = safeArea(screen);
  const margin = (screen.width - area.width) / 2;

  beforeAll(async () => {
    const result = await measureEveryFrame(screen);
    measures = result.measures;
    if (screen.contactSheet) await saveContactSheet(browser(), `slides-${screen.width}x${screen.height}`, result.thumbnails, screen);
  }, 240_000);
  /** The measures, once there is one for every frame: each check below would pass on none. */
  const everyFrame = (): SlideMeasure[] => {
    expect(measures).toHaveLength(frameCount);
    return measures;
  };
  const statementSlides = (): SlideMeasure[] => {
    const statements = everyFrame().filter((each) => each.kind === 'statement');
    expect(statements.length).toBeGreaterThan(0);
    return statements;
  };

  it('shows every frame of the deck', () => {
    expect(frameCount).toBeGreaterThan(0);
    expect(measures).toHaveLength(frameCount);
  });

  it('keeps every text box inside the safe area, unclipped, unsqueezed, with no scrolling', () => {
    for (const measure of everyFrame()) {
      const where = `${measure.id}:${measure.lang}`;
      expect(measure.textBox.left, where).toBeGreaterThanOrEqual(margin - 0.5);
      expect(measure.textBox.top, where).toBeGreaterThanOrEqual(margin - 0.5);
      expect(measure.textBox.right, where).toBeLessThanOrEqual(screen.width - margin + 0.5);
      expect(measure.textBox.bottom, where).toBeLessThanOrEqual(screen.height - margin + 0.5);
      expect(measure.clipped, where).toBe(false);
      expect(measure.squeezed, where).toBe(false);
      expect(measure.pageScrolls, where).toBe(false);
    }
  });

  it('computes each size from the measured text, and its first layout confirms it (the one correction allowed is never needed)', () => {
    expect(everyFrame().filter((measure) => measure.fitLayouts !== 1).map((measure) => `${measure.id}:${measure.lang}`)).toEqual([]);
  });

  it('sets every slide at the largest whole-pixel size that fits, or at the largest size for the screen', () => {
    const largest = Math.floor(largestSizePx(screen));
    const notLargest = everyFrame().filter((measure) => measure.fontSizePx < largest && measure.largerSizeFits);
    expect(notLargest.map((measure) => `${measure.id}:${measure.lang}@${measure.fontSizePx}px`)).toEqual([]);
  });

  it('sets every statement slide at least at the legible minimum for the screen', () => {
    const minimum = legibleMinimumPx(screen);
    for (const measure of statementSlides()) {
      expect(measure.fontSizePx, `${measure.id}:${measure.lang}`).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('keeps lines to a readable length: at most 75 characters of English, 40 of Korean', () => {
    for (const measure of everyFrame()) {
      // The longest of no lines is -Infinity, under any limit: a slide measured with no lines fails here instead.
      expect(measure.lineLengths.length, `${measure.id}:${measure.lang} has no lines`).toBeGreaterThan(0);
      expect(Math.max(...measure.lineLengths), `${measure.id}:${measure.lang} ${measure.lineLengths.join(',')}`).toBeLessThanOrEqual(
        MAX_LINE_CHARACTERS[measure.lang] ?? 0,
      );
    }
  });

  it('breaks lines only between words, in English and in Korean', () => {
    const broken = everyFrame().filter((measure) => !measure.breaksBetweenWords);
    expect(broken.map((measure) => `${measure.id}:${measure.lang}`)).toEqual([]);
  });

  it('balances lines: no multi-line slide ends on a lone word', () => {
    const lone = everyFrame().filter((measure) => measure.lineLengths.length > 1 && measure.lastLineWords < 2);
    expect(lone.map((measure) => `${measure.id}:${measure.lang}`)).toEqual([]);
  });

  if (screen.width === 1920 && screen.height === 1080) {
    it('gives the median statement slide at least 62 px (reveal.js sets this statement at 62 px)', () => {
      expect(median(statementSlides().map((each) => each.fontSizePx))).toBeGreaterThanOrEqual(62);
    });
  }
  if (screen.width === 1080 && screen.height === 1920) {
    it('gives the median statement slide at least 45 px on a portrait panel (reveal.js: 45 px)', () => {
      expect(median(statementSlides().map((each) => each.fontSizePx))).toBeGreaterThanOrEqual(45);
    });
  }
});

describe('the bundled font', () => {
  it('paints every slide, English with Hangul and Korean with Latin, in Pretendard and nothing else', async () => {
    const page = await openShow(browser());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    const families = new Set<string>();
    for (let frame = 0; frame < frameCount; frame += 1) {
      for (const family of Object.keys(await platformFontsOfCurrentSlide(page))) families.add(family);
      await pressAndLook(page, 'PageDown');
    }
    expect([...families]).toEqual(['Pretendard Variable']);
    await page.close();
  }, 120_000);
});
