import { planDisplayServer, X11_SWITCH, type DisplayServerFacts } from '../common/host/display-server';
import type { LaunchFacts } from '../common/host/relaunch-command';
import type { Logger } from '../node/logger';
import { relaunchApp, type RelaunchingApp } from './relaunch';

/** What of Electron's `app` deciding the display server takes. */
export interface DisplayServerApp extends RelaunchingApp {
  readonly commandLine: { getSwitchValue(name: string): string };
  exit(exitCode?: number): void;
}

/**
 * Makes sure the app runs under X11 where it should (`planDisplayServer`), before `ready`.
 * Chromium settles its ozone platform before main.cjs runs (ui::SetOzonePlatformForLinuxIfNeeded,
 * called from ElectronMainDelegate::PreSandboxStartup since electron/electron#48301) and always
 * appends `--ozone-platform=…` to its command line: `hasSwitch('ozone-platform')` is always
 * true, and `appendSwitch` from here would be too late (maintainers in electron/electron#35630).
 * So the choice is read from the command line as given, and when Chromium chose otherwise,
 * the app starts again, once, with the switch; since it is then given, no further relaunch follows.
 *
 * @returns true when the app is relaunching: the caller must do nothing more
 */
export function runUnderX11(app: DisplayServerApp, facts: DisplayServerFacts & LaunchFacts, log: Logger): boolean {
  if (facts.platform !== 'linux') return false;
  const plan = planDisplayServer(facts, app.commandLine.getSwitchValue('ozone-platform'));
  log.info(`display server: ${plan.summary}`);
  if (!plan.relaunchUnderX11) return false;
  relaunchApp(app, facts, [X11_SWITCH]);
  app.exit(0);
  return true;
}
