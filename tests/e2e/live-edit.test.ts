import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EDITABLE_STATEMENT, writeEditableContent } from '../support/edit-fixture';
import { markDocument } from './support/same-document';
import { useServerScreens } from './support/server-screens';
import { currentSlide, saveScreenshot } from './support/show-page';

const screens = useServerScreens('yeondae-live-edit-e2e-');
const { scratch } = screens;
const open = (url: string): Promise<Page> => screens.openReady(url);

describe('an organizer edits the statement while the show runs (real Chromium, show server on loopback)', () => {
  it('a save reaches the audience screen without a reload; a broken save never does, and the presenter view says why until it is fixed', async () => {
    const content = writeEditableContent(join(scratch(), 'content'));
    const file = join(content, 'statement.yaml');
    const server = await screens.startServer({ owner: { argv: ['--content', content] } });
    const audience = await open(server.url);
    const presenter = await open(`${server.url}presenter`);
    const sameDocument = await markDocument(audience);
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
    expect(await sameDocument()).toBe(true);
  });
});
