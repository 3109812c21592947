import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadProjectContent } from '../support/project-content';
import { currentSlide, openShow, pressAndLook, saveScreenshot } from './support/show-page';
import { useChromium } from './support/browser-hooks';
import { sequenceFrameCount, shownFrame as frameOf } from './support/frames';

const { deck } = loadProjectContent();
const frameCount = sequenceFrameCount(deck);

const browser = useChromium();

/**
 * Starts noting every key that reaches the page, to be read with `keysNoted`: each
 * `keydown` as Playwright names the key, and whether the page cancelled the browser's own
 * action for it. Read after the press, so every listener of the page (the show's among
 * them) has had the event, whatever the order they listen in.
 */
const noteKeys = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen: KeyboardEvent[] = [];
    (window as unknown as { keysSeen: KeyboardEvent[] }).keysSeen = seen;
    window.addEventListener('keydown', (event) => seen.push(event), { capture: true });
  });
const keysNoted = (page: Page): Promise<{ key: string; cancelled: boolean }[]> =>
  page.evaluate(() =>
    (window as unknown as { keysSeen: KeyboardEvent[] }).keysSeen.map((event) => ({
      key: [event.ctrlKey && event.key !== 'Control' && 'Control', event.altKey && event.key !== 'Alt' && 'Alt', event.shiftKey && event.key !== 'Shift' && 'Shift', event.key].filter(Boolean).join('+'),
      cancelled: event.defaultPrevented,
    })),
  );

describe('the show in a browser', () => {
  it('opens on the first segment in English, with its lang attribute and slide id', async () => {
    const page = await openShow(browser());
    expect(await currentSlide(page)).toEqual({ id: '1a', lang: 'en', text: deck.slides[0]?.text.en });
    expect(await page.locator('.slide-text').getAttribute('lang')).toBe('en');
    await saveScreenshot(page, 'show-1920x1080-first-slide-en');
    await page.close();
  });

  it('alternates: each segment in English, then in Korean, then the next segment', async () => {
    const page = await openShow(browser());
    await page.clock.install();
    const seen = [await currentSlide(page)];
    for (let step = 0; step < 3; step += 1) {
      await pressAndLook(page, 'ArrowRight');
      seen.push(await currentSlide(page));
    }
    expect(seen.map((slide) => `${slide.id}:${slide.lang}`)).toEqual(['1a:en', '1a:ko', '1b:en', '1b:ko']);
    expect(seen[1]?.text).toBe(deck.slides[0]?.text.ko);
    await pressAndLook(page, 'ArrowLeft');
    await saveScreenshot(page, 'show-1920x1080-1b-en');
    await pressAndLook(page, 'ArrowRight');
    await saveScreenshot(page, 'show-1920x1080-1b-ko');
    await page.close();
  });

  it('reaches every segment in every language it has, with its exact text, and nothing else', async () => {
    const page = await openShow(browser());
    await page.clock.install();
    const seen: string[] = [];
    for (let step = 0; step < frameCount; step += 1) {
      const slide = await currentSlide(page);
      seen.push(`${slide.id}:${slide.lang}:${slide.text}`);
      await pressAndLook(page, 'PageDown');
    }
    const expected = deck.slides.flatMap((slide) => deck.languages.flatMap((lang) => (slide.text[lang] === undefined ? [] : [`${slide.id}:${lang}:${slide.text[lang]}`])));
    expect(seen).toEqual(expected);
    expect(await frameOf(page)).toBe(frameCount - 1);
    await saveScreenshot(page, 'show-1920x1080-closing');
    await page.close();
  });

  describe('keys and clicker buttons', () => {
    it.each(['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N', 'Enter'])('%s moves to the next frame', async (key) => {
      const page = await openShow(browser());
      await page.keyboard.press(key);
      expect(await frameOf(page)).toBe(1);
      await page.close();
    });

    it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'])('%s moves to the previous frame', async (key) => {
      const page = await openShow(browser(), 'slide=1b');
      expect(await frameOf(page)).toBe(2);
      await page.keyboard.press(key);
      expect(await frameOf(page)).toBe(1);
      await page.close();
    });

    it('Home and End jump to the first and last frames', async () => {
      const page = await openShow(browser(), 'slide=3a');
      await page.clock.install();
      await pressAndLook(page, 'End');
      expect(await currentSlide(page)).toMatchObject({ id: 'closing', lang: 'ko' });
      await pressAndLook(page, 'Home');
      expect(await currentSlide(page)).toMatchObject({ id: '1a', lang: 'en' });
      await page.close();
    });

    it.each(['b', 'B', '.'])('%s blacks the screen out and brings it back', async (key) => {
      const page = await openShow(browser());
      await page.keyboard.press(key);
      expect(await page.locator('.show').getAttribute('data-blank')).toBe('true');
      await expect.poll(() => page.locator('.blackout').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      const topElement = await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.className);
      expect(topElement).toBe('blackout');
      await saveScreenshot(page, 'show-1920x1080-black');
      await page.keyboard.press(key);
      expect(await page.locator('.show').getAttribute('data-blank')).toBe('false');
      await page.close();
    });

    it('next while black brings the picture back without skipping a slide', async () => {
      const page = await openShow(browser());
      await page.keyboard.press('b');
      await page.keyboard.press('PageDown');
      expect(await page.locator('.show').getAttribute('data-blank')).toBe('false');
      expect(await frameOf(page)).toBe(0);
      await page.close();
    });

    it('F toggles fullscreen', async () => {
      const page = await openShow(browser());
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
      await page.close();
    });

    // Headless Chromium takes no browser shortcut from the keys a test presses: here F5
    // could not reload the page, nor Ctrl+W close it, nor Alt+Left go back, whatever the
    // show did. What can be seen is what the page does with the keys: the show cancels the
    // default action of F5 (a browser's reload) and of Esc. That a window then really
    // stays put, only a real window shows. A browser's Ctrl+W is out of any page's reach;
    // the kiosk does not rely on the page: Electron's window has no menu, so no Ctrl+W, and
    // is refused every navigation (electron/host.ts, electron/security.ts and their tests).
    it("F5 from a clicker's start button brings the picture back, and the show cancels the default action of F5 and of Esc", async () => {
      const page = await openShow(browser(), 'slide=2a');
      await noteKeys(page);
      await page.keyboard.press('b');
      await expect.poll(() => page.locator('.show').getAttribute('data-blank')).toBe('true');
      await page.keyboard.press('F5');
      await page.keyboard.press('Escape');
      expect(await keysNoted(page)).toEqual([
        { key: 'b', cancelled: true },
        { key: 'F5', cancelled: true },
        { key: 'Escape', cancelled: true },
      ]);
      expect(await currentSlide(page)).toMatchObject({ id: '2a', lang: 'en' });
      expect(await page.locator('.show').getAttribute('data-blank')).toBe('false');
      await page.close();
    });

    it('no other key moves the show or leaves it on screen blank: each reaches the page and changes nothing', async () => {
      const page = await openShow(browser());
      const keys = ['Escape', 'Tab', 'q', 'x', 'F1', 'F11', 'Delete', 'Insert', 'Control+w', 'Alt+ArrowLeft', 'Shift+Tab'];
      await noteKeys(page);
      for (const key of keys) await page.keyboard.press(key);
      // Every key pressed reached the page (a press that never arrived would change nothing too).
      expect((await keysNoted(page)).map((seen) => seen.key).filter((key) => !['Control', 'Alt', 'Shift'].includes(key))).toEqual(keys);
      expect(await currentSlide(page)).toMatchObject({ id: '1a', lang: 'en' });
      expect(await frameOf(page)).toBe(0);
      expect(await page.locator('.show').getAttribute('data-blank')).toBe('false');
      expect(await page.locator('.show').getAttribute('data-loop')).toBe('off');
      expect(await page.locator('.show').getAttribute('data-mode')).toBe('sequence');
      await page.close();
    });
  });

  describe('address options in browser mode', () => {
    it('?lang=ko shows every segment in Korean first', async () => {
      const page = await openShow(browser(), 'lang=ko');
      expect(await currentSlide(page)).toMatchObject({ id: '1a', lang: 'ko', text: deck.slides[0]?.text.ko });
      await page.keyboard.press('ArrowRight');
      expect(await currentSlide(page)).toMatchObject({ id: '1a', lang: 'en' });
      await saveScreenshot(page, 'show-1920x1080-first-slide-en-after-ko');
      await page.close();
    });

    it('?slide=4c starts on that slide', async () => {
      const page = await openShow(browser(), 'slide=4c');
      expect(await currentSlide(page)).toMatchObject({ id: '4c', lang: 'en' });
      await saveScreenshot(page, 'show-1920x1080-4c-en');
      await page.keyboard.press('ArrowRight');
      await saveScreenshot(page, 'show-1920x1080-4c-ko');
      await page.close();
    });

    it('ignores a bad option or an unknown slide and still starts the show', async () => {
      const page = await openShow(browser(), 'lang=fr&slide=nope&mode=weird');
      expect(await currentSlide(page)).toMatchObject({ id: '1a', lang: 'en' });
      await page.close();
    });
  });
});
