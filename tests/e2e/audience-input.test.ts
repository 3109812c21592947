import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/browser-hooks';
import { FULL_HD, openReady, openShow, waitForSettled } from './support/show-page';

const browser = useChromium();

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');
const textBox = async (page: Page) => {
  const box = await page.locator(".slide[data-phase='current'] .slide-line").boundingBox();
  if (box === null) throw new Error('the slide has no text on screen');
  return box;
};

describe('what a keyboard or mouse can do to the audience screen', () => {
  it('selects nothing with Ctrl+A, a triple click or a drag, on this slide or the next', async () => {
    const page = await openShow(browser(), '', FULL_HD);
    await waitForSettled(page);
    await page.keyboard.press('Control+A');
    expect(await selectedText(page)).toBe('');
    const box = await textBox(page);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 3 });
    expect(await selectedText(page)).toBe('');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2, { steps: 8 });
    await page.mouse.up();
    expect(await selectedText(page)).toBe('');
    await page.keyboard.press('PageDown');
    await waitForSettled(page);
    await page.keyboard.press('Control+A');
    expect(await selectedText(page)).toBe('');
    await page.close();
  });

  it('leaves the text of the presenter view selectable, for copying a problem line', async () => {
    const page = await openReady(browser(), `${inject('showUrl')}?view=presenter`);
    await page.keyboard.press('Control+A');
    expect(await selectedText(page)).not.toBe('');
    await page.close();
  });
});

describe('the page', () => {
  it('declares its icon, served with the page, so no browser asks for a /favicon.ico that is not there', async () => {
    const page = await browser().newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    await page.goto(inject('showUrl'));
    await page.locator(".slide[data-phase='current']").waitFor();
    // Headless Chromium asks for no icon by itself, so the test fetches the one declared.
    const icon = await page.locator('link[rel="icon"]').evaluate((link) => (link as HTMLLinkElement).href);
    const response = await page.request.get(icon);
    expect([response.status(), response.headers()['content-type']]).toEqual([200, 'image/png']);
    expect(failed).toEqual([]);
    await page.close();
  });
});
