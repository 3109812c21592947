// Crashes the page of the built app in real Electron and watches it come back on the
// same slide: the recovery the unit tests check against a fake, done by Chromium. Skipped,
// saying why, where the Electron binary is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { projectPath } from '../support/project-content';
import { DISPLAY_ARGS, findElectronBinary, freshDataEnvironment, ROOT_ARGS, warnSkipped } from './support/electron-binary';

const binary = findElectronBinary();
warnSkipped('the recovery test', binary);

/** The slide on screen in the first window, read from main (the page object may not survive a crash). */
async function currentSlide(app: ElectronApplication): Promise<string | undefined> {
  return app.evaluate(async ({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    return (await window?.webContents.executeJavaScript(
      `document.querySelector('main.show[data-ready="true"] .slide[data-phase="current"]')?.dataset.slideId`,
    )) as string | undefined;
  });
}

describe.skipIf('missing' in binary)('the built app, when its page crashes', () => {
  let app: ElectronApplication | undefined;
  // Made in the test, not here, so that a skipped suite leaves no folder behind.
  let data: string | undefined;
  afterAll(async () => {
    await app?.close();
    if (data !== undefined) rmSync(data, { recursive: true, force: true });
  });

  it('reloads the page on the slide it was showing, and logs the crash', async () => {
    if ('missing' in binary) return;
    if (!existsSync(projectPath('dist/renderer/index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
    const root = projectPath('.');
    data = mkdtempSync(join(tmpdir(), 'yeondae-e2e-data-'));
    app = await electron.launch({ executablePath: binary.path, args: [...ROOT_ARGS, root, ...DISPLAY_ARGS, '--windowed'], cwd: root, env: freshDataEnvironment(data) });
    const page = await app.firstWindow();
    await expect.poll(() => currentSlide(app as ElectronApplication), { timeout: 20_000 }).toBeDefined();
    for (let step = 0; step < 3; step += 1) await page.evaluate(() => (window as unknown as { yeondae: { show: { send(command: unknown): void } } }).yeondae.show.send({ type: 'next' }));
    const before = await currentSlide(app);

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
    await expect.poll(() => currentSlide(app as ElectronApplication).catch(() => undefined), { timeout: 20_000 }).toBe(before);

    const userData = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(readFileSync(join(userData, 'logs', 'yeondae.log'), 'utf8')).toMatch(/error the audience page's process is gone \((killed|crashed), exit code -?\d+\); reloading/);
  });
});
