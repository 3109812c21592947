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

const isSet = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * The file that started the app, when the executable itself is a temporary copy that is
 * gone once the app exits: an AppImage (its runtime sets `APPIMAGE` to the file and
 * `APPDIR` to where it mounted it), or electron-builder's portable .exe, which unpacks the
 * app into a temporary folder and sets `PORTABLE_EXECUTABLE_FILE` and
 * `PORTABLE_EXECUTABLE_APP_FILENAME` (app-builder-lib's templates/nsis/portable.nsi). The
 * executable must match too: a terminal opened from another such app passes its variables on.
 */
export function launcherFile(facts: LaunchFacts): string | undefined {
  const { APPIMAGE, APPDIR, PORTABLE_EXECUTABLE_FILE, PORTABLE_EXECUTABLE_APP_FILENAME } = facts.env;
  if (isSet(APPIMAGE) && isSet(APPDIR) && facts.execPath.startsWith(APPDIR.endsWith('/') ? APPDIR : `${APPDIR}/`)) return APPIMAGE;
  const executable = facts.execPath.split(/[\\/]/).at(-1)?.toLowerCase();
  if (isSet(PORTABLE_EXECUTABLE_FILE) && isSet(PORTABLE_EXECUTABLE_APP_FILENAME) && executable === `${PORTABLE_EXECUTABLE_APP_FILENAME}.exe`.toLowerCase()) {
    return PORTABLE_EXECUTABLE_FILE;
  }
  return undefined;
}

/**
 * How to relaunch the app with `extraArgs` added, or `undefined` for Electron's default
 * (the same executable and arguments). Inside an AppImage the executable lives in a
 * temporary mount that is gone once the app exits, so the relaunch must start the
 * AppImage file itself (electron-builder#1727, #4650); likewise the portable .exe.
 */
export function relaunchOptions(facts: LaunchFacts, extraArgs: readonly string[] = []): RelaunchOptions | undefined {
  const launcher = launcherFile(facts);
  if (launcher === undefined && extraArgs.length === 0) return undefined;
  const args = [...facts.commandLine, ...extraArgs];
  return launcher === undefined ? { args } : { execPath: launcher, args };
}
