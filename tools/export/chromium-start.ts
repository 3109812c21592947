import type { Browser } from 'playwright-core';

/**
 * Starts a Chromium with `launch`, or says in one line that it did not start: Playwright's
 * own error has the browser's whole command line and log, which are no help to read.
 */
export async function startChromium(executable: string, launch: () => Promise<Browser>): Promise<Browser> {
  try {
    return await launch();
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new Error(`Chromium (${executable}) did not start (${first.replace(/^browserType\.launch: /u, '')}); set YEONDAE_CHROMIUM to another Chromium or Chrome`);
  }
}
