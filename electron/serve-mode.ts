import type { ParsedFlags } from '../common/host/flags';
import { describeServedShow, runShowServer } from '../server/run-show-server';
import { finishInBackground } from './finish-in-background';
import type { HostOptions } from './host';

/** What of Electron's `app` serving with no window uses. */
export interface ServeModeApp {
  getAppPath(): string;
  getPath(name: 'userData'): string;
  exit(code: number): void;
  on(event: 'before-quit', listener: () => void): unknown;
}

/**
 * `yeondae --serve`: the packaged app as the show server alone, with no window (a
 * machine that only serves the venue's screens). The same server as `npm run serve`,
 * in Electron's own Node; the addresses, with their codes, go to the terminal only.
 */
export async function serveWithoutWindows(app: ServeModeApp, options: Pick<HostOptions, 'fallbackContent' | 'log' | 'print'>, flags: ParsedFlags): Promise<void> {
  try {
    const served = await runShowServer({ flags, appFolder: app.getAppPath(), dataFolder: app.getPath('userData'), fallbackContent: options.fallbackContent, log: options.log });
    void options.print(describeServedShow(served.server));
    app.on('before-quit', () => finishInBackground(() => served.stop(), 'stop the show server', options.log));
  } catch (error) {
    options.log.error(`cannot serve the show: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  }
}
