import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutFaults } from './support/layout-faults';
import { useServerScreens } from './support/server-screens';
import { saveScreenshot } from './support/show-page';

const { scratch, startServer, stopServer, openReady } = useServerScreens('yeondae-presenter-e2e-');
const ENGLISH_SYSTEM = { viewport: { width: 1366, height: 768 }, locale: 'en-US' };
const startedAt = (presenter: Page) => presenter.getByTestId('elapsed').getAttribute('data-started-at').then(Number);
const elapsedSeconds = async (presenter: Page) => {
  const [minutes, seconds] = ((await presenter.getByTestId('elapsed').textContent()) ?? '').split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
};

describe('presenter views on one show server', () => {
  it('agree on the elapsed time, keep it through a restart of the server, and restart it together', async () => {
    const dataFolder = scratch();
    const first = await startServer({ dataFolder, owner: { argv: [] } });
    const [one, two] = await Promise.all([openReady(`${first.url}presenter`, ENGLISH_SYSTEM), openReady(`${first.url}presenter`, ENGLISH_SYSTEM)]);
    const started = await startedAt(one);
    expect(await startedAt(two)).toBe(started);
    // Long enough for the saved place (written at most once a second) to hold the start.
    await expect.poll(() => elapsedSeconds(one), { timeout: 5000 }).toBeGreaterThanOrEqual(3);

    await stopServer();
    await expect.poll(() => one.getByTestId('network').getAttribute('data-link'), { timeout: 10_000 }).not.toBe('connected');
    await startServer({ dataFolder, port: first.server.port, owner: { argv: [] } });
    await expect.poll(() => one.getByTestId('network').getAttribute('data-link'), { timeout: 10_000 }).toBe('connected');
    expect(await startedAt(one)).toBe(started);
    expect(await elapsedSeconds(one)).toBeGreaterThanOrEqual(3);

    const clickedAt = Date.now();
    await two.getByRole('button', { name: 'Restart timer' }).click();
    await expect.poll(() => startedAt(one)).toBeGreaterThan(started);
    // Restarted by the server's clock (this process's) when the click reached it, and counted
    // from then: what the view shows is the time since, rounded up to a second, give or take
    // its estimate of the server's clock (half a round trip on loopback), however slow the
    // machine made the click's way to the server and back.
    const restarted = await startedAt(one);
    expect(restarted).toBeGreaterThanOrEqual(clickedAt);
    expect(restarted).toBeLessThanOrEqual(Date.now());
    const shown = await elapsedSeconds(one);
    expect(shown).toBeLessThanOrEqual(Math.ceil((Date.now() + 500 - restarted) / 1000));
  });

  it('speak the uiLanguage of the settings over the system language, until a person switches one view', async () => {
    const dataFolder = scratch();
    writeFileSync(join(dataFolder, 'settings.yaml'), 'uiLanguage: ko\n');
    const server = await startServer({ dataFolder, owner: { argv: [] } });
    const [one, two] = await Promise.all([openReady(`${server.url}presenter`, ENGLISH_SYSTEM), openReady(`${server.url}presenter`, ENGLISH_SYSTEM)]);
    await expect.poll(() => one.evaluate(() => document.documentElement.lang)).toBe('ko');
    await one.getByRole('button', { name: '다음 ▶' }).click();
    await expect.poll(() => two.getByTestId('position').textContent()).toMatch(/^2 \//u);

    await one.getByRole('button', { name: 'English' }).click();
    expect(await one.evaluate(() => document.documentElement.lang)).toBe('en');
    await one.getByRole('button', { name: 'Next ▶' }).click();
    await one.getByRole('button', { name: '한국어' }).waitFor();
    await expect.poll(() => two.getByTestId('position').textContent()).toMatch(/^3 \//u);
    expect(await two.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(await two.getByTestId('network').getAttribute('aria-label')).toBe('다른 화면');
  });

  it('fit the smallest screen in Korean with the show open to the network: addresses, QR code and all', async () => {
    const server = await startServer({ open: true });
    const presenter = await openReady(`${server.url}presenter#key=${server.tokens.token('control')}`, { viewport: { width: 1024, height: 600 }, locale: 'ko-KR' });
    await presenter.getByTestId('remote-qr').waitFor();
    await saveScreenshot(presenter, 'presenter-1024x600-ko-network-open');
    expect(await layoutFaults(presenter)).toEqual([]);
  });
});
