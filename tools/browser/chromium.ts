import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where to look for a Chromium, first match wins. */
const CANDIDATES = [process.env.YEONDAE_CHROMIUM, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to test with, or an error that says how to get one. */
export function findChromium(): string {
  const found = CANDIDATES.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set YEONDAE_CHROMIUM to the path of a Chromium or Chrome executable.',
    );
  }
  return found;
}

/** Flags that keep a headless Chromium quiet on a machine without a network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
