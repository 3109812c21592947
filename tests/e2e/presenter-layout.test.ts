import { describe, expect, it } from 'vitest';
import { useChromium } from './support/browser-hooks';
import { layoutFaults } from './support/layout-faults';
import { SYSTEM_LOCALES, usePresenterViews } from './support/presenter-page';
import { saveScreenshot } from './support/show-page';

const openPresenter = usePresenterViews(useChromium());
const SIZES = [
  { width: 1024, height: 600 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;
const LANGUAGES = Object.keys(SYSTEM_LOCALES) as (keyof typeof SYSTEM_LOCALES)[];

describe('the presenter view at every screen size, in English and Korean', () => {
  for (const size of SIZES) {
    for (const language of LANGUAGES) {
      it(`shows every control whole, on screen and apart at ${size.width}x${size.height} in ${language}`, async () => {
        const page = await openPresenter(language, size, '&loop&mode=in-place');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await expect.poll(() => page.getByTestId('countdown').textContent()).toMatch(/\d:\d\d/u);
        await saveScreenshot(page, `presenter-${size.width}x${size.height}-${language}`);
        expect(await layoutFaults(page)).toEqual([]);
      });
    }
  }

  for (const language of LANGUAGES) {
    it(`keeps the overview and the key help whole on the smallest screen in ${language}`, async () => {
      const page = await openPresenter(language, SIZES[0]);
      await page.locator('.presenter-tools button').first().click();
      await page.getByTestId('overview').waitFor();
      await saveScreenshot(page, `presenter-1024x600-${language}-overview`);
      expect(await layoutFaults(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('overview').waitFor({ state: 'detached' });
      await page.keyboard.press('?');
      await page.getByTestId('key-help').waitFor();
      await saveScreenshot(page, `presenter-1024x600-${language}-keys`);
      expect(await layoutFaults(page)).toEqual([]);
    });
  }
});
