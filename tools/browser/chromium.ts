import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Which build of Chromium a headless job looks for first. `headless-shell` is Chromium's
 * build for running without a screen (Debian: `chromium-headless-shell`), which Playwright
 * itself launches for `headless: true` (Chromium's getExecutableName in playwright-core's
 * coreBundle.js): it draws pages as the browser does, without the browser's own window
 * around them, so each new page costs a third of the CPU. `browser` is the whole browser
 * (Debian: `chromium`), for figures to be compared with a person's Chromium.
 */
export type ChromiumBuild = 'headless-shell' | 'browser';

const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where to look for a Chromium, first match wins: one named in the environment, then the build preferred, then the other. */
function candidates(prefer: ChromiumBuild): (string | undefined)[] {
  const builds = prefer === 'headless-shell' ? [...HEADLESS_SHELLS, ...BROWSERS] : [...BROWSERS, ...HEADLESS_SHELLS];
  return [process.env.YEONDAE_CHROMIUM, process.env.CHROME_PATH, ...builds];
}

/** The Chromium to run headless, or an error that says how to get one. */
export function findChromium(prefer: ChromiumBuild = 'headless-shell'): string {
  const found = candidates(prefer).find((path): path is string => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium-headless-shell chromium`) ' +
        'or set YEONDAE_CHROMIUM to the path of a Chromium or Chrome executable.',
    );
  }
  return found;
}

/** Flags that keep a headless Chromium quiet on a machine without a network, and its type set as a desktop's. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The headless shell does not take the desktop's font settings (fontconfig's "slight"
  // hinting, Debian's default, which Chromium and Electron follow): it hints fully, which
  // rounds every glyph's advance to a whole pixel and moves line breaks. With this its
  // pages come out pixel for pixel as the whole browser's; without it, the widths
  // tests/e2e/fonts.test.ts measures are a pixel off.
  '--font-render-hinting=slight',
];

export function launchChromium(prefer: ChromiumBuild = 'headless-shell'): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(prefer), args: CHROMIUM_ARGS, headless: true });
}
