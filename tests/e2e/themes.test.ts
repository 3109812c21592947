import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { shownFrame } from './support/frames';
import { countRegionChanges, regionChanges } from './support/live-region';
import { markDocument } from './support/same-document';
import { screenPixel } from './support/screenshot-pixels';
import { useServerScreens } from './support/server-screens';
import { saveScreenshot, waitForSettled } from './support/show-page';

const screens = useServerScreens('yeondae-themes-e2e-');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** The themes as an organizer writes them, and the background and text each must paint. */
const THEMES = [
  { name: 'black', settings: 'theme: black\n', background: '#000000', text: 'rgb(255, 255, 255)' },
  { name: 'white', settings: 'theme: white\n', background: '#ffffff', text: 'rgb(0, 0, 0)' },
  { name: 'custom', settings: 'theme: custom\nbackgroundColor: "#102030"\ntextColor: "#f0f0f0"\n', background: '#102030', text: 'rgb(240, 240, 240)' },
] as const;

/** A copy of a content folder to edit, with `settings` as its settings file. */
function contentCopy(from: string, settings: string): { folder: string; settingsFile: string } {
  const folder = copyContentFolder(from, join(screens.scratch(), 'content'), { 'settings.yaml': settings });
  return { folder, settingsFile: join(folder, 'settings.yaml') };
}

const openScreen = (url: string, viewport: { width: number; height: number }): Promise<Page> => screens.openReady(url, { viewport });

const textColour = (page: Page) => page.locator(".slide[data-phase='current'] .slide-line").evaluate((line) => getComputedStyle(line).color);

describe('themes on the audience screen (real Chromium, show server on loopback)', () => {
  it('paints black, white and the organizers’ own colours on every screen, changing live on a save, without a reload', async () => {
    const { folder, settingsFile } = contentCopy(projectPath('content'), THEMES[0].settings);
    const server = await screens.startServer({ owner: { argv: ['--content', folder] } });
    const audiences = await Promise.all(SIZES.map((size) => openScreen(server.url, size)));
    const presenter = await openScreen(`${server.url}presenter`, { width: 1280, height: 720 });
    const sameDocuments = await Promise.all(audiences.map(markDocument));

    for (const theme of THEMES) {
      writeFileSync(settingsFile, theme.settings);
      for (const [index, page] of audiences.entries()) {
        const size = SIZES[index] ?? SIZES[0];
        await expect.poll(() => screenPixel(page, 3, 3), { timeout: 3000 }).toBe(theme.background);
        await expect.poll(() => screenPixel(page, size.width - 3, size.height - 3)).toBe(theme.background);
        expect(await textColour(page)).toBe(theme.text);
      }
      const preview = presenter.locator('.presenter-screen').first();
      await expect.poll(() => preview.evaluate((screen) => getComputedStyle(screen).backgroundColor)).toBe(await audiences[0]!.evaluate(() => getComputedStyle(document.body).backgroundColor));
      for (const [frame, lang] of [[0, 'en'], [1, 'ko']] as const) {
        server.store.dispatch({ type: 'goToFrame', frame });
        for (const [index, page] of audiences.entries()) {
          const size = SIZES[index] ?? SIZES[0];
          await expect.poll(() => shownFrame(page)).toBe(frame);
          await saveScreenshot(page, `theme-${theme.name}-${size.width}x${size.height}-${lang}`);
        }
      }
      await saveScreenshot(presenter, `theme-${theme.name}-presenter-1280x720`);
    }
    for (const sameDocument of sameDocuments) expect(await sameDocument()).toBe(true);
  });

  it('says nothing more to a screen reader when a save changes only the colours', async () => {
    const { folder, settingsFile } = contentCopy(projectPath('content'), THEMES[0].settings);
    const server = await screens.startServer({ owner: { argv: ['--content', folder] } });
    const audience = await openScreen(server.url, SIZES[1]);
    await expect.poll(() => audience.getByTestId('slide-announcement').textContent()).not.toBe('');
    await countRegionChanges(audience);
    writeFileSync(settingsFile, THEMES[1].settings);
    await expect.poll(() => screenPixel(audience, 3, 3), { timeout: 3000 }).toBe('#ffffff');
    expect(await regionChanges(audience)).toBe(0);
  });

  it('refuses a pair too faint to read: the presenter view says which file and line, and every screen keeps the colours it had', async () => {
    const { folder, settingsFile } = contentCopy(projectPath('content'), THEMES[2].settings);
    const server = await screens.startServer({ owner: { argv: ['--content', folder] } });
    const audience = await openScreen(server.url, SIZES[1]);
    const presenter = await openScreen(`${server.url}presenter`, SIZES[1]);
    await expect.poll(() => screenPixel(audience, 3, 3)).toBe('#102030');
    writeFileSync(settingsFile, 'theme: custom\nbackgroundColor: "#102030"\ntextColor: "#506070"\n');
    await expect.poll(() => presenter.getByTestId('problems').textContent(), { timeout: 3000 }).toMatch(
      /settings\.yaml:3: warning: textColor #506070 on backgroundColor #102030 has a contrast of \d\.\d\d:1, under the 7:1 .*keeping #f0f0f0 on #102030/u,
    );
    expect(await screenPixel(audience, 3, 3)).toBe('#102030');
    expect(await textColour(audience)).toBe('rgb(240, 240, 240)');
    await saveScreenshot(presenter, 'theme-refused-presenter-1280x720');
  });

  it('keeps the organizations, the loop’s line and the black screen readable in the white and custom themes', async () => {
    const { folder, settingsFile } = contentCopy(projectPath('tests/e2e/fixtures/organizations-content'), THEMES[1].settings);
    const server = await screens.startServer({ owner: { argv: ['--content', folder] } });
    const audience = await openScreen(server.url, SIZES[1]);
    for (const theme of THEMES.slice(1)) {
      writeFileSync(settingsFile, theme.settings);
      await expect.poll(() => screenPixel(audience, 3, 3), { timeout: 3000 }).toBe(theme.background);
      server.store.dispatch({ type: 'goToSlide', slideId: 'organizations', lang: 'en' });
      // Navigating pauses a running loop; toggle until it runs, so its line is drawn.
      for (let tries = 0; tries < 2 && server.store.getSnapshot().state.loop !== 'running'; tries += 1) server.store.dispatch({ type: 'toggleLoop' });
      // The slide waits for its names' glyphs and its QR encoder: seconds on a busy machine.
      await expect.poll(() => audience.locator('.slide[data-phase=current]').getAttribute('data-kind'), { timeout: 10_000 }).toBe('organizations');
      await audience.locator('.progress-line').waitFor();
      await waitForSettled(audience);
      const line = await audience.locator('.progress-line').evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(line, 'the loop’s line is the text colour, faint').toMatch(/ \/ 0\.4\)$|, 0\.4\)$/u);
      await saveScreenshot(audience, `theme-${theme.name}-organizations-1280x720`);
      server.store.dispatch({ type: 'toggleBlank' });
      await expect.poll(() => screenPixel(audience, 640, 360)).toBe('#000000');
      server.store.dispatch({ type: 'toggleBlank' });
      await expect.poll(() => audience.locator('.show').getAttribute('data-blank')).toBe('false');
    }
  });
});
