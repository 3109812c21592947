import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITABLE_STATEMENT, writeEditableContent } from '../support/edit-fixture';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';
import { useChromium } from './support/browser-hooks';
import { currentSlide, saveScreenshot } from './support/show-page';

const browser = useChromium();
const scratch = useScratchFolders('yeondae-live-edit-e2e-');
let running: TestServer | undefined;
const contexts: Awaited<ReturnType<Browser['newContext']>>[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  await running?.stop();
  running = undefined;
});

async function open(url: string): Promise<Page> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("[data-ready='true']").first().waitFor();
  return page;
}

describe('an organizer edits the statement while the show runs (real Chromium, show server on loopback)', () => {
  it('a save reaches the audience screen without a reload; a broken save never does, and the presenter view says why until it is fixed', async () => {
    const content = writeEditableContent(join(scratch(), 'content'));
    const file = join(content, 'statement.yaml');
    const server = (running = await startTestServer({ dataFolder: scratch(), owner: { argv: ['--content', content] } }));
    const audience = await open(server.url);
    const presenter = await open(`${server.url}presenter`);
    await audience.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    expect((await currentSlide(audience)).text).toBe('The first slide.');

    writeFileSync(file, EDITABLE_STATEMENT.replace('The first slide.', 'The first slide, with a typo fixed.'));
    await expect.poll(async () => (await currentSlide(audience)).text, { timeout: 3000 }).toBe('The first slide, with a typo fixed.');

    writeFileSync(file, EDITABLE_STATEMENT.replace('  - id: two', '  - id: two\n   oops: [').replace('The first slide.', 'The first slide, broken save.'));
    await expect.poll(() => presenter.getByTestId('problems').textContent(), { timeout: 3000 }).toMatch(/statement\.yaml:\d+: error: /u);
    expect((await currentSlide(audience)).text).toBe('The first slide, with a typo fixed.');
    await saveScreenshot(presenter, 'live-edit-presenter-broken-save-1280x720');

    writeFileSync(file, EDITABLE_STATEMENT.replace('The first slide.', 'The first slide, fixed again.'));
    await expect.poll(async () => (await currentSlide(audience)).text, { timeout: 3000 }).toBe('The first slide, fixed again.');
    await expect.poll(() => presenter.getByTestId('problems').count()).toBe(0);
    expect(await audience.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});
