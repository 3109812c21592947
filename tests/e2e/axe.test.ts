import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { describe, expect, it } from 'vitest';
import { REMOTE_LABELS } from '../../renderer/remote/remote-labels';
import { runAxe } from './support/axe';
import { phone } from './support/phone';
import { useServerScreens } from './support/server-screens';

const screens = useServerScreens('yeondae-axe-e2e-');

async function expectNoSeriousViolations(page: Page, label: string, options: { enhancedContrast?: boolean } = {}): Promise<void> {
  const report = await runAxe(page, label, options);
  expect(report.rulesRun, `axe ran no rule on ${label}`).toBeGreaterThan(10);
  expect(report.serious, label).toEqual([]);
}

describe('axe-core finds nothing serious or critical (real Chromium, show server on loopback)', () => {
  it('on the audience screen: a slide in English, one in Korean, and the black screen', async () => {
    const server = await screens.startServer({});
    const audience = await screens.openReady(server.url, { viewport: { width: 1280, height: 720 } });
    await expectNoSeriousViolations(audience, 'the audience screen, slide 1 in English');
    server.store.dispatch({ type: 'next' });
    await expect.poll(() => audience.locator(".slide[data-phase='current'] .slide-text").getAttribute('lang')).toBe('ko');
    await expectNoSeriousViolations(audience, 'the audience screen, slide 1 in Korean');
    server.store.dispatch({ type: 'toggleBlank' });
    await expect.poll(() => audience.locator('.show').getAttribute('data-blank')).toBe('true');
    await expectNoSeriousViolations(audience, 'the audience screen, black');
  });

  it.each([
    ['en-US', 'English'],
    ['ko-KR', 'Korean'],
  ])('on the phone remote in %s', async (locale, language) => {
    const server = await screens.startServer({ open: true });
    const remote = await screens.openReady(`${server.url}remote#key=${server.tokens.token('control')}`, phone(locale));
    expect(await remote.locator('main').getAttribute('lang')).toBe(locale.slice(0, 2));
    // Each button is named by its word alone, in the remote's language (the arrows are hidden from screen readers).
    const labels = REMOTE_LABELS[locale.startsWith('ko') ? 'ko' : 'en'];
    for (const name of [labels.previous, labels.next, labels.black]) await remote.getByRole('button', { name, exact: true }).waitFor({ timeout: 2000 });
    await expectNoSeriousViolations(remote, `the phone remote in ${language}`);
    await remote.locator('.remote-black').tap();
    await expect.poll(() => remote.locator('.remote-black').getAttribute('aria-pressed')).toBe('true');
    await expectNoSeriousViolations(remote, `the phone remote in ${language}, the audience seeing black`);
  });

  it('on the audience screen in the white theme and in organizers’ own colours, at AAA contrast too', async () => {
    const content = join(screens.scratch(), 'content');
    copyContentFolder(projectPath('content'), content, { 'settings.yaml': 'theme: white\nmode: stacked\n' });
    const server = await screens.startServer({ owner: { argv: ['--content', content] } });
    const audience = await screens.openReady(server.url, { viewport: { width: 1280, height: 720 } });
    await expectNoSeriousViolations(audience, 'the audience screen, white theme, both languages stacked', { enhancedContrast: true });
    writeFileSync(join(content, 'settings.yaml'), 'theme: custom\nbackgroundColor: "#102030"\ntextColor: "#f0f0f0"\nmode: stacked\n');
    await expect.poll(() => audience.evaluate(() => document.documentElement.dataset.theme), { timeout: 3000 }).toBe('custom');
    await expectNoSeriousViolations(audience, 'the audience screen, #f0f0f0 on #102030, both languages stacked', { enhancedContrast: true });
  });
});
