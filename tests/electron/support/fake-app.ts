// Electron's `app` as the host uses it, with Chromium's command line.
import { EventEmitter } from 'node:events';

/** `app`, `protocol`, `session` and friends, recording the order of the calls that must come before `ready`. */
export class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  isPackaged = false;
  hasLock = true;
  ready = false;
  private markReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.markReady = resolve));
  /** Chromium's command line: the switches given at launch and those main appends. */
  readonly commandLine;
  constructor(
    private readonly appPath: string,
    private readonly userData = appPath,
    givenSwitches: readonly string[] = [],
  ) {
    super();
    const switches = new Map(givenSwitches.map((name) => [name, '']));
    this.commandLine = {
      switches,
      hasSwitch: (name: string): boolean => switches.has(name),
      appendSwitch: (name: string, value = ''): void => {
        // Like Electron, a switch only counts before Chromium has started.
        if (this.ready) throw new Error(`appendSwitch(${name}) after ready has no effect`);
        this.calls.push(`appendSwitch(${name}=${value})`);
        switches.set(name, value);
      },
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
  relaunch = (): void => void this.calls.push('relaunch');
  whenReady = (): Promise<void> => this.readyPromise;
  /** What Electron does once it is ready. */
  becomeReady(): void {
    this.calls.push('ready');
    this.ready = true;
    this.markReady();
  }
}
