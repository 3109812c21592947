// Launches the built app in real Electron and looks at its first slide. Needs the
// Electron binary, which `npm install` downloads where it can; where it cannot, the
// suite is skipped and says why, rather than failing for a reason no code change fixes.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFrames } from '../../common/show/frames';
import { loadProjectContent, projectPath } from '../support/project-content';

/**
 * Where the Electron binary is, found the way `require('electron')` finds it but
 * without its side effect: when the binary is missing, that `require` starts a download.
 */
function findElectronBinary(): { readonly path: string } | { readonly missing: string } {
  const folder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return { missing: `${pathFile} is missing: the Electron binary was never installed` };
  const relative = readFileSync(pathFile, 'utf8');
  const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(folder, 'dist'), relative);
  return existsSync(path) ? { path } : { missing: `there is no Electron binary at ${path}` };
}

const binary = findElectronBinary();
if ('missing' in binary) {
  console.warn(`[electron-e2e] skipping the launch test: ${binary.missing} (run \`npx install-electron\` where the download is allowed)`);
}

describe.skipIf('missing' in binary)('the built app', () => {
  let app: ElectronApplication | undefined;
  afterAll(async () => app?.close());

  it('opens one window on the app page and shows the first frame of the show', async () => {
    if ('missing' in binary) return;
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      if (!existsSync(projectPath(built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    const root = projectPath('.');
    // Chromium will not start its sandbox as root (as in a CI container); the flag is for the test only.
    const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({ executablePath: binary.path, args: [...asRoot, root], cwd: root });
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
    expect(reach).toEqual({
      api: { show: ['getSnapshot', 'onSnapshot', 'send'], window: ['openPresenter', 'toggleFullscreen'] },
      require: 'undefined',
      process: 'undefined',
    });
  });
});
