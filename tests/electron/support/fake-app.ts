// Electron's `app` as the host uses it, with Chromium's command line. The sources cited are
// electron/electron at 96f3996d8d.
import { EventEmitter } from 'node:events';
import { FakeWindowList } from './fake-window';

/** The process the fake app runs in. */
export interface FakeProcess {
  readonly userData?: string;
  readonly platform?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The command line after the executable, as given. */
  readonly commandLine?: readonly string[];
  readonly execPath?: string;
  /** Where the app runs from an AppImage: the file, and the temporary folder its runtime mounted it on. */
  readonly appImage?: { readonly file: string; readonly mount: string };
  /** macOS: whether the system accepts the app as a login item; Electron's docs say an unsigned app may silently fail. */
  readonly loginItemsAccepted?: boolean;
  /** The process's standard output, where `--help` goes. */
  readonly stdout?: FakeStdout;
}

/**
 * The main process's standard output into a pipe (`yeondae --help | less`): Node hands a
 * write to libuv, which finishes it in a later turn of the loop when the pipe cannot take it
 * at once, and calls back then. The fake finishes every write in a later task, the least
 * kind case. A process ended by C `exit()` never finishes what was still queued.
 */
export class FakeStdout {
  /** What reached the other end of the pipe. */
  received = '';
  private queued: { text: string; done?: (() => void) | undefined }[] = [];
  private ended = false;
  write(text: string, done?: () => void): boolean {
    if (this.ended) return false;
    this.queued.push({ text, done });
    setTimeout(() => this.flush(), 0);
    return false;
  }
  /** The process ended: what was queued is lost. */
  processEnded(): void {
    this.ended = true;
    this.queued = [];
  }
  private flush(): void {
    for (const { text, done } of this.queued.splice(0)) {
      this.received += text;
      done?.();
    }
  }
}

/** A login item as `setLoginItemSettings` takes it. */
export interface FakeLoginItem {
  readonly openAtLogin: boolean;
  readonly path?: string;
  readonly args?: readonly string[];
}

/**
 * Where each system's installer puts the executable. On Windows, electron-builder's NSIS
 * installer is one-click and per user unless told otherwise, into $LocalAppData\Programs under
 * package.json's name (app-builder-lib 26: templates/nsis/multiUser.nsh,
 * getWindowsInstallationDirName in out/targets/targetUtil.js).
 */
export const INSTALLED: Readonly<Record<string, string>> = {
  linux: '/opt/Yeondae/yeondae',
  win32: 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\yeondae\\Yeondae.exe',
  darwin: '/Applications/Yeondae.app/Contents/MacOS/Yeondae',
};

/** What `app.relaunch` was asked to start once the app exits, and whether that can start. */
export interface FakeRelaunch {
  readonly execPath: string;
  /** The arguments, or `same` for those of this launch (Electron's default). */
  readonly args: readonly string[] | 'same';
  readonly starts: boolean;
}

/**
 * The switches of Chromium's command line once it has started, before main runs: those
 * given, and on Linux the ozone platform, which Chromium always settles then
 * (ui::SetOzonePlatformForLinuxIfNeeded, from ElectronMainDelegate::PreSandboxStartup since
 * electron/electron#48301): a given one wins, else Wayland in a Wayland session, else X11.
 */
function chromiumSwitches(process: FakeProcess): Map<string, string> {
  const switches = new Map<string, string>();
  for (const arg of process.commandLine ?? []) {
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (match?.[1] !== undefined) switches.set(match[1], match[2] ?? '');
  }
  if ((process.platform ?? 'linux') === 'linux' && !switches.has('ozone-platform')) {
    switches.set('ozone-platform', process.env?.XDG_SESSION_TYPE === 'wayland' ? 'wayland' : 'x11');
  }
  return switches;
}

/** `app`, `protocol`, `session` and friends, recording the order of the calls that must come before `ready`. */
export class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  /** The process's windows: `quit` closes them, and their end is heard here. */
  readonly windowList = new FakeWindowList();
  /** `quit` was called and not prevented (Browser::is_quitting_). */
  quitting = false;
  /** The code the process ended with, once it has: `will-quit` went by, or `exit` ended it. */
  ended: number | undefined;
  private exiting = false;
  private exitCode = 0;
  readonly relaunches: FakeRelaunch[] = [];
  /** The login item the system keeps for the app (Windows and macOS). */
  loginItem: FakeLoginItem = { openAtLogin: false };
  readonly execPath: string;
  isPackaged = false;
  hasLock = true;
  ready = false;
  private markReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));
  /** Chromium's command line: the switches given at launch, and Chromium's own. */
  readonly commandLine;
  /** The ozone platform Chromium runs on (Linux): settled before main runs, whatever main appends later (electron/electron#35630). */
  readonly ozonePlatform: string | undefined;
  private readonly userData: string;
  constructor(
    private readonly appPath: string,
    private readonly process: FakeProcess = {},
  ) {
    super();
    this.userData = process.userData ?? appPath;
    const installed = INSTALLED[process.platform ?? 'linux'] ?? '/opt/Yeondae/yeondae';
    this.execPath = process.execPath ?? (process.appImage === undefined ? installed : `${process.appImage.mount}/yeondae`);
    const switches = chromiumSwitches(process);
    this.ozonePlatform = switches.get('ozone-platform');
    this.commandLine = {
      switches,
      hasSwitch: (name: string): boolean => switches.has(name),
      getSwitchValue: (name: string): string => switches.get(name) ?? '',
    };
    this.windowList.onAllClosed = () => this.allWindowsClosed();
    // Browser::OnWindowCloseCancelled: a window that refused to close cancels the quit.
    this.windowList.onCloseCancelled = () => void (this.quitting = false);
  }
  getAppPath = (): string => this.appPath;
  getPath = (name: 'userData'): string => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${String(name)})`);
    return this.userData;
  };
  enableSandbox = (): void => void this.calls.push('enableSandbox');
  requestSingleInstanceLock = (): boolean => this.hasLock;
  /**
   * Browser::Quit: once per quit, `before-quit` (which a listener may prevent), then every
   * window is asked to close (WindowList::CloseAllWindows); once the last has closed,
   * `will-quit` and the end. `window-all-closed` is not emitted on the way
   * (Browser::OnWindowAllClosed), and a window that refuses to close cancels the quit.
   */
  quit = (): void => {
    this.calls.push('quit');
    if (this.quitting || this.ended !== undefined) return;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => void (prevented = true) });
    if (prevented) return;
    this.quitting = true;
    if (this.windowList.isEmpty()) this.notifyAndShutdown();
    else this.windowList.closeAll(this.process.platform ?? 'linux');
  };
  /**
   * Browser::ExitWithCode: before `ready` there is no message loop to stop, and Electron calls
   * C `exit()` at once, which ends the process with whatever its stdout had not yet written;
   * after `ready`, every window is destroyed without asking, then the app ends, with no
   * `will-quit`.
   */
  exit = (code = 0): void => {
    this.calls.push(`exit(${code})`);
    if (this.ended !== undefined) return;
    if (!this.ready) {
      this.end(code);
      return;
    }
    this.exiting = true;
    this.exitCode = code;
    this.quitting = true;
    if (this.windowList.isEmpty()) this.end(code);
    else this.windowList.destroyAll();
  };
  /**
   * Electron starts `execPath` (this one's by default) once the app has exited. Inside an
   * AppImage, this one's lives in a temporary mount that is gone by then, so nothing
   * starts (electron-builder#1727, #4650).
   */
  relaunch = (options?: { readonly execPath?: string; readonly args?: readonly string[] }): void => {
    this.calls.push('relaunch');
    const execPath = options?.execPath ?? this.execPath;
    const mount = this.process.appImage?.mount;
    this.relaunches.push({ execPath, args: options?.args ?? 'same', starts: mount === undefined || !execPath.startsWith(`${mount}/`) });
  };
  /** Windows and macOS only: on Linux Electron's setLoginItemSettings is empty (shell/browser/browser_linux.cc). */
  setLoginItemSettings = (settings: FakeLoginItem): void => {
    this.calls.push(`setLoginItemSettings(${JSON.stringify(settings)})`);
    const platform = this.process.platform ?? 'linux';
    if (platform === 'linux' || (platform === 'darwin' && this.process.loginItemsAccepted === false)) return;
    // On macOS the path and arguments are not used (docs/api/app.md: they are Windows-only options).
    this.loginItem = platform === 'darwin' ? { openAtLogin: settings.openAtLogin } : settings;
  };
  /** On Windows `openAtLogin` holds only for the same path and arguments (docs/api/app.md, getLoginItemSettings). */
  getLoginItemSettings = (options: { readonly path?: string; readonly args?: readonly string[] } = {}): { openAtLogin: boolean } => {
    const item = this.loginItem;
    if ((this.process.platform ?? 'linux') !== 'win32') return { openAtLogin: item.openAtLogin };
    const same = (item.path ?? this.execPath) === (options.path ?? this.execPath) && JSON.stringify(item.args ?? []) === JSON.stringify(options.args ?? []);
    return { openAtLogin: item.openAtLogin && same };
  };
  whenReady = (): Promise<void> => this.readyPromise;
  /**
   * Browser::OnWindowAllClosed: ends an exit or a quit; otherwise `window-all-closed`, and
   * Electron's own listener (lib/browser/init.ts) quits when the app has none of its own.
   */
  private allWindowsClosed(): void {
    if (this.exiting) this.end(this.exitCode);
    else if (this.quitting) this.notifyAndShutdown();
    else {
      this.emit('window-all-closed');
      if (this.listenerCount('window-all-closed') === 0) this.quit();
    }
  }
  /** Browser::NotifyAndShutdown: `will-quit`, which a listener may prevent, then the end. */
  private notifyAndShutdown(): void {
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => void (prevented = true) });
    if (prevented) {
      this.quitting = false;
      return;
    }
    this.end(0);
  }
  private end(code: number): void {
    this.ended = code;
    this.process.stdout?.processEnded();
    this.emit('quit', {}, code);
  }
  /** What Electron does once it is ready. */
  becomeReady(): void {
    this.calls.push('ready');
    this.ready = true;
    this.markReady();
  }
}
