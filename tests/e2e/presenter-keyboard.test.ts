import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Rgb } from '../../common/theme/color';
import { contrastRatio } from '../../common/theme/contrast';
import { useChromium } from './support/browser-hooks';
import { usePresenterViews } from './support/presenter-page';

const openPresenter = usePresenterViews(useChromium());
const SIZE = { width: 1366, height: 768 };
const open = (query = ''): Promise<Page> => openPresenter('en', SIZE, query);
const position = (presenter: Page) => presenter.getByTestId('position').textContent();

interface Focused {
  readonly id: string;
  readonly tag: string;
  readonly name: string;
  readonly outline: string;
  /** Contrast of the focus ring against the view's background. */
  readonly contrast: number;
}

/** `rgb(…)` or `rgba(…)` as computed styles give it. */
function computedRgb(color: string): Rgb {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/gu) ?? []).slice(0, 3).map(Number);
  return { r, g, b };
}

/** What has the keyboard focus now, as a person (and a screen reader) meets it. */
async function describeFocus(presenter: Page): Promise<Focused | undefined> {
  const seen = await presenter.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return undefined;
    const labelled = element.getAttribute('aria-labelledby');
    const name = (element.getAttribute('aria-label') ?? (labelled === null ? undefined : document.getElementById(labelled)?.textContent) ?? (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element.textContent) ?? '').trim();
    const style = getComputedStyle(element);
    return {
      id: element.dataset.focusId ?? '',
      tag: element.tagName.toLowerCase(),
      name,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      ring: style.outlineColor,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  if (seen === undefined) return undefined;
  const { ring, background, ...focused } = seen;
  // The app's own contrast formula (WCAG 2.x), not a copy of it.
  return { ...focused, contrast: contrastRatio(computedRgb(ring), computedRgb(background)) };
}

describe('the presenter view by keyboard alone', () => {
  it('reaches every control with Tab, in order, each named and with a visible focus ring', async () => {
    const presenter = await open('&loop');
    // Every control a mouse could use, in the order they stand in the page, numbered to compare.
    const controls = await presenter.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main button, main input, main a[href], main summary')].map((element, index) => {
        element.dataset.focusId = String(index);
        return String(index);
      }),
    );
    // A view with no controls would pass every check below.
    expect(controls.length).toBeGreaterThan(8);
    const met: Focused[] = [];
    for (let press = 0; press < controls.length + 2; press += 1) {
      await presenter.keyboard.press('Tab');
      const focused = await describeFocus(presenter);
      if (focused === undefined || focused.id === met[0]?.id) break;
      met.push(focused);
    }
    console.log(`tabbed through ${met.length} controls: ${met.map((each) => each.name).join(' → ')}`);
    expect(met.map((each) => each.id)).toEqual(controls);
    for (const focused of met) {
      expect(['button', 'input', 'a', 'summary'], focused.name).toContain(focused.tag);
      expect(focused.name, `control ${focused.id}`).not.toBe('');
      expect(focused.outline, focused.name).toMatch(/^solid (3|[4-9])px$/u);
      expect(focused.contrast, focused.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('presses a focused button with Space or Enter once, without moving the show a second time', async () => {
    const presenter = await open();
    await presenter.getByRole('button', { name: 'Next ▶' }).focus();
    await presenter.keyboard.press('Space');
    await expect.poll(() => position(presenter)).toMatch(/^2 \//u);
    await presenter.keyboard.press('Enter');
    await expect.poll(() => position(presenter)).toMatch(/^3 \//u);
    // A second move from the same Enter would come before the next key's effect: once the
    // screen is black, the position says whether it came.
    await presenter.getByRole('button', { name: 'Black screen (B)' }).focus();
    await presenter.keyboard.press('Space');
    await expect.poll(() => presenter.getByTestId('blank-state').getAttribute('data-blank')).toBe('true');
    expect(await position(presenter)).toMatch(/^3 \//u);
  });

  it('opens the message of one\'s own with Enter, takes typing (digits too) into it without moving the show or putting anything up', async () => {
    const presenter = await open();
    await presenter.locator('.announcement-typed-box summary').focus();
    await presenter.keyboard.press('Enter');
    await presenter.getByTestId('typed-announcement').waitFor();
    expect(await position(presenter)).toMatch(/^1 \//u);
    await presenter.locator("textarea[lang='en']").focus();
    await presenter.keyboard.type('Doors close at 9 0 1');
    expect(await position(presenter)).toMatch(/^1 \//u);
    expect(await presenter.getByTestId('announcement-status').count()).toBe(0);
    await presenter.getByRole('button', { name: 'Put up on every screen' }).click();
    await expect.poll(() => presenter.getByTestId('announcement-status').textContent()).toContain('your message');
    await expect.poll(() => presenter.getByTestId('current-preview').getByTestId('announcement').textContent()).toBe('Doors close at 9 0 1');
  });

  it('opens the overview with Enter, lets the presenter type show keys into its filter without moving the show, and jumps with Enter', async () => {
    const presenter = await open();
    await presenter.getByRole('button', { name: 'All slides' }).focus();
    await presenter.keyboard.press('Enter');
    await presenter.getByTestId('overview').waitFor();
    expect(await presenter.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    for (const key of ['b', 'n', 'p', 'a', 'm', '.', 'Space', 'ArrowRight', 'PageDown', 'End', 'Backspace', 'Home']) await presenter.keyboard.press(key);
    // The filter shows every key typed into it: by then the page has handled them all, show keys included.
    await expect.poll(() => presenter.getByRole('searchbox').inputValue()).toBe('bnpam.');
    expect(await position(presenter)).toMatch(/^1 \//u);
    expect(await presenter.getByTestId('blank-state').getAttribute('data-blank')).toBe('false');
    expect(await presenter.getByTestId('loop-state').getAttribute('data-loop')).toBe('off');
    await presenter.getByRole('searchbox').fill('Nakba');
    await presenter.keyboard.press('Tab');
    const target = await presenter.evaluate(() => document.activeElement?.getAttribute('data-slide-id'));
    expect(target).toBeTruthy();
    await presenter.keyboard.press('Enter');
    await presenter.getByTestId('overview').waitFor({ state: 'detached' });
    await expect.poll(() => presenter.locator("[data-testid='current-preview'] .slide").getAttribute('data-slide-id')).toBe(target);
    expect(await presenter.evaluate(() => document.activeElement?.textContent)).toBe('All slides');
  });

  it('opens the key help on ? and closes it with Esc, moving nothing', async () => {
    const presenter = await open();
    await presenter.keyboard.press('?');
    await presenter.getByTestId('key-help').waitFor();
    expect(await presenter.getByTestId('key-help').textContent()).toContain('black screen on/off');
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('Escape');
    await presenter.getByTestId('key-help').waitFor({ state: 'detached' });
    expect(await position(presenter)).toMatch(/^1 \//u);
  });
});
