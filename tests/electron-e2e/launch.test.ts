// Launches the built app in real Electron and looks at its first slide. Needs the
// Electron binary, which `npm install` downloads where it can; where it cannot, the
// suite is skipped and says why, rather than failing for a reason no code change fixes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFrames } from '../../common/show/frames';
import { preloadApiShape } from '../support/preload-api-shape';
import { loadProjectContent, projectPath } from '../support/project-content';
import { DISPLAY_ARGS, findElectronBinary, freshDataEnvironment, ROOT_ARGS, warnSkipped } from './support/electron-binary';

const binary = findElectronBinary();
warnSkipped('the launch test', binary);

describe.skipIf('missing' in binary)('the built app', () => {
  let app: ElectronApplication | undefined;
  // Made in the test, not here, so that a skipped suite leaves no folder behind.
  let data: string | undefined;
  afterAll(async () => {
    await app?.close();
    if (data !== undefined) rmSync(data, { recursive: true, force: true });
  });

  it('opens one window on the app page and shows the first frame of the show', async () => {
    if ('missing' in binary) return;
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(projectPath(built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    const root = projectPath('.');
    data = mkdtempSync(join(tmpdir(), 'yeondae-e2e-data-'));
    app = await electron.launch({ executablePath: binary.path, args: [...ROOT_ARGS, root, ...DISPLAY_ARGS], cwd: root, env: freshDataEnvironment(data) });
    const page = await app.firstWindow();

    const { deck, settings } = loadProjectContent();
    const [first] = buildFrames(deck, settings.languages);
    const slide = first === undefined ? undefined : deck.slides[first.slideIndex];
    if (first === undefined || slide === undefined) throw new Error('the project content has no frames');
    const current = page.locator('main.show[data-ready="true"] .slide[data-phase="current"]');
    await expect.poll(() => current.getAttribute('data-slide-id'), { timeout: 20_000 }).toBe(slide.id);
    expect(await current.getAttribute('data-langs')).toBe(first.langs.join(' '));
    expect(page.url()).toBe('app://yeondae/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  it('gives the page the named API and no Node', async () => {
    const page = await app?.firstWindow();
    if (page === undefined) throw new Error('the app did not start (see the test above)');
    const reach = await page.evaluate(() => {
      const api = (window as unknown as { yeondae?: Record<string, Record<string, unknown>> }).yeondae;
      return {
        api: api === undefined ? undefined : Object.fromEntries(Object.entries(api).map(([key, value]) => [key, Object.keys(value).sort()])),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      };
    });
    // What the preload's own code builds: the expectation follows the contract, so it cannot go stale.
    expect(reach).toEqual({ api: preloadApiShape(), require: 'undefined', process: 'undefined' });
  });
});
