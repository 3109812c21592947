import { relaunchOptions, type LaunchFacts, type RelaunchOptions } from '../common/host/relaunch-command';

/** The part of Electron's `app` that starts the app again. */
export interface RelaunchingApp {
  relaunch(options?: RelaunchOptions): void;
}

/**
 * Asks Electron to start the app again once this process exits, with `extraArgs` added to
 * this launch's, from the AppImage file where it runs from one (`relaunchOptions`). Like
 * `app.relaunch`, it does not exit: the caller does, with `app.exit`.
 */
export function relaunchApp(app: RelaunchingApp, launch: LaunchFacts, extraArgs: readonly string[] = []): void {
  const options = relaunchOptions(launch, extraArgs);
  if (options === undefined) app.relaunch();
  else app.relaunch(options);
}
