import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium, type ChromiumBuild } from '../browser/chromium';
import { startChromium } from './chromium-start';
import { serveFolder, type StaticServer } from '../browser/static-server';

/** The built renderer the export draws with: the show itself, as `npm run build` made it. */
const RENDERER_FOLDER = 'dist/renderer';

/** A headless Chromium and the built renderer served to it on 127.0.0.1, for one export. */
export interface ExportBrowser {
  readonly browser: Browser;
  /** The address of the show, ending in `/`. */
  readonly showUrl: string;
  close(): Promise<void>;
}

/**
 * The export draws in the whole browser (`chromium`), not in the headless shell the browser
 * tests prefer: under load, the shell's screenshot of a still could show the slide partway
 * into its fade after the page had ended the fade (an export of images, run four times
 * beside two busy cores, gave a dim image in two; the whole browser gave the same images
 * every time).
 */
export const EXPORT_CHROMIUM: ChromiumBuild = 'browser';

/**
 * Starts Chromium (`YEONDAE_CHROMIUM`, else the system's) and serves the built renderer on
 * a loopback port, as a venue's static server would.
 */
export async function openExportBrowser(): Promise<ExportBrowser> {
  const folder = resolve(RENDERER_FOLDER);
  if (!existsSync(join(folder, 'index.html'))) throw new Error(`${RENDERER_FOLDER} is missing: run \`npm run build\` first (\`npm run export\` does)`);
  const server: StaticServer = await serveFolder(folder);
  let browser: Browser;
  try {
    browser = await startChromium(findChromium(EXPORT_CHROMIUM), () => launchChromium(EXPORT_CHROMIUM));
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    showUrl: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
