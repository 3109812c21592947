import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadProjectContent } from '../support/project-content';
import { useChromium } from './support/browser-hooks';
import { usePresenterViews } from './support/presenter-page';

const openPresenter = usePresenterViews(useChromium());
const { deck } = loadProjectContent();

/** Opens the overview and types `query` into its filter; returns the ids of the slides it lists. */
async function listedFor(presenter: Page, query: string): Promise<string[]> {
  if (!(await presenter.getByTestId('overview').isVisible())) await presenter.getByRole('button', { name: 'All slides' }).click();
  await presenter.getByRole('searchbox').fill(query);
  return presenter.locator('.presenter-overview-list button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-slide-id') ?? ''));
}

describe('the overview of every slide', () => {
  it('lists every slide in both languages, the one on screen marked', async () => {
    const page = await openPresenter('en', { width: 1366, height: 768 }, '&slide=3a');
    expect(await listedFor(page, '')).toEqual(deck.slides.map((slide) => slide.id));
    expect(await page.locator("[aria-current='true']").getAttribute('data-slide-id')).toBe('3a');
    expect(await page.locator(".presenter-overview-list [lang='ko']").count()).toBeGreaterThan(deck.slides.length / 2);
  });

  it('finds a paragraph from a few Korean syllables as typed, or English letters in any case', async () => {
    const page = await openPresenter('ko', { width: 1366, height: 768 });
    await page.getByRole('button', { name: '전체 슬라이드' }).click();
    const withKorean = deck.slides.filter((slide) => slide.text.ko?.includes('낙바')).map((slide) => slide.id);
    expect(withKorean.length).toBeGreaterThan(0);
    expect(await listedFor(page, '낙바')).toEqual(withKorean);
    const withEnglish = deck.slides.filter((slide) => slide.text.en?.toLowerCase().includes('nakba')).map((slide) => slide.id);
    expect(await listedFor(page, 'NAKBA')).toEqual(withEnglish);
    expect(await listedFor(page, 'nakba')).toEqual(withEnglish);
    expect(await listedFor(page, 'qqqq')).toEqual([]);
    expect(await page.getByTestId('overview-count').textContent()).toBe('이 글자가 들어간 슬라이드가 없습니다.');
  });

  it('moves the show to the slide clicked, in the first language, and closes', async () => {
    const page = await openPresenter('en', { width: 1366, height: 768 });
    await listedFor(page, '');
    const target = deck.slides[6]!;
    await page.locator(`.presenter-overview-list button[data-slide-id='${target.id}']`).click();
    await page.getByTestId('overview').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator("[data-testid='current-preview'] .slide").getAttribute('data-slide-id')).toBe(target.id);
    expect(await page.locator("[data-testid='current-preview'] .slide").getAttribute('data-langs')).toBe('en');
  });
});
