import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { useChromium } from './support/browser-hooks';
import { SYSTEM_LOCALES, usePresenterViews } from './support/presenter-page';

const openPresenter = usePresenterViews(useChromium());
const LANGUAGES = Object.keys(SYSTEM_LOCALES) as (keyof typeof SYSTEM_LOCALES)[];

const OPENERS = {
  'the view itself': async () => undefined,
  'the overview open': async (presenter: Page) => {
    await presenter.locator('.presenter-tools button').first().click();
    await presenter.getByTestId('overview').waitFor();
  },
  'the key help open': async (presenter: Page) => {
    await presenter.keyboard.press('?');
    await presenter.getByTestId('key-help').waitFor();
  },
} as const;

describe('axe-core on the presenter view', () => {
  for (const language of LANGUAGES) {
    for (const [state, open] of Object.entries(OPENERS)) {
      it(`finds nothing serious or critical in ${language} with ${state}`, async () => {
        const page = await openPresenter(language, { width: 1366, height: 768 }, '&loop');
        await open(page);
        const report = await runAxe(page, `the presenter view (${language}, ${state})`);
        expect(report.passedNodes).toBeGreaterThan(20);
        expect(report.serious).toEqual([]);
      });
    }
  }
});
