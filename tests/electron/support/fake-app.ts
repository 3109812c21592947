// Electron's `app` as the host uses it, with Chromium's command line.
import { EventEmitter } from 'node:events';

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
}

/** A login item as `setLoginItemSettings` takes it. */
export interface FakeLoginItem {
  readonly openAtLogin: boolean;
  readonly path?: string;
  readonly args?: readonly string[];
}

/** Where each system's installer puts the executable. */
const INSTALLED: Readonly<Record<string, string>> = {
  linux: '/opt/Yeondae/yeondae',
  win32: 'C:\\Program Files\\Yeondae\\Yeondae.exe',
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
  }
  getAppPath = (): string => this.appPath;
  getPath = (name: 'userData'): string => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${String(name)})`);
    return this.userData;
  };
  enableSandbox = (): void => void this.calls.push('enableSandbox');
  requestSingleInstanceLock = (): boolean => this.hasLock;
  /** Like Electron: emits before-quit, then (once every window has closed) quits. */
  quit = (): void => {
    this.calls.push('quit');
    this.emit('before-quit', { preventDefault: () => undefined });
  };
  exit = (code = 0): void => void this.calls.push(`exit(${code})`);
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
  /** What Electron does once it is ready. */
  becomeReady(): void {
    this.calls.push('ready');
    this.ready = true;
    this.markReady();
  }
}
