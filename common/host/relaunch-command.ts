/** What a launch of the app was: enough to start it again. */
export interface LaunchFacts {
  /** `process.execPath`. */
  readonly execPath: string;
  /** The command line after the executable: `process.argv.slice(1)` (the app folder first, in development). */
  readonly commandLine: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Electron's options for `app.relaunch`. */
export interface RelaunchOptions {
  readonly execPath?: string;
  readonly args: string[];
}

/**
 * The AppImage file the app runs from, if it does. The AppImage runtime sets `APPIMAGE`
 * (the file) and `APPDIR` (where it mounted it) for everything it starts, so the
 * executable must also be inside `APPDIR`: a terminal opened from another AppImage
 * passes that one's variables on to whatever runs in it.
 */
export function appImageFile(facts: LaunchFacts): string | undefined {
  const { APPIMAGE: file, APPDIR: mount } = facts.env;
  if (file === undefined || file === '' || mount === undefined || mount === '') return undefined;
  return facts.execPath.startsWith(mount.endsWith('/') ? mount : `${mount}/`) ? file : undefined;
}

/**
 * How to relaunch the app with `extraArgs` added, or `undefined` for Electron's default
 * (the same executable and arguments). Inside an AppImage the executable lives in a
 * temporary mount that is gone once the app exits, so the relaunch must start the
 * AppImage file itself (electron-builder#1727, #4650).
 */
export function relaunchOptions(facts: LaunchFacts, extraArgs: readonly string[] = []): RelaunchOptions | undefined {
  const appImage = appImageFile(facts);
  if (appImage === undefined && extraArgs.length === 0) return undefined;
  const args = [...facts.commandLine, ...extraArgs];
  return appImage === undefined ? { args } : { execPath: appImage, args };
}
