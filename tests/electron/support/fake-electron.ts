// A small, hand-written stand-in for the parts of Electron the host uses. It keeps what
// the real objects keep (which listeners are registered, what was sent where), so a
// test can act like Chromium (send a message from a frame, try to navigate) and then
// read what the host did.
import { EventEmitter } from 'node:events';
import type { DisplayInfo, Rect } from '../../../common/host/display-plan';
import type { KeyInput } from '../../../common/host/exit-keys';
import type { DisplayLike } from '../../../electron/display-watch';
import type { IpcEventLike } from '../../../electron/ipc-handlers';
import type { FrameLike } from '../../../electron/known-windows';
import type { ShowWindowOptions } from '../../../electron/show-window';

/** A frame: identity by reference, like Electron's `WebFrameMain`. */
export function fakeFrame(url = 'app://yeondae/index.html'): FrameLike {
  return { url };
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  reloads = 0;
  destroyed = false;
  /** What `executeJavaScript` does: answer (a live page), hang (a page stuck in a loop) or fail. */
  pageAnswers: 'answer' | 'hang' | 'fail' = 'answer';
  pings = 0;
  crashesForced = 0;
  devToolsOpened = false;
  constructor(readonly mainFrame: FrameLike = fakeFrame()) {
    super();
  }
  executeJavaScript(_code: string): Promise<unknown> {
    this.pings += 1;
    if (this.pageAnswers === 'hang') return new Promise(() => undefined);
    return this.pageAnswers === 'answer' ? Promise.resolve(0) : Promise.reject(new Error('Script failed to execute'));
  }
  isDevToolsOpened(): boolean {
    return this.devToolsOpened;
  }
  /** What Chromium does: the renderer dies, and says so. */
  forcefullyCrashRenderer(): void {
    this.crashesForced += 1;
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  }
  /** A renderer that dies by itself. */
  crash(reason = 'crashed'): void {
    this.emit('render-process-gone', {}, { reason, exitCode: 139 });
  }
  /** A key press, as `before-input-event` reports it; returns whether main kept it from the page. */
  press(key: string, code: string, modifiers: Partial<KeyInput> = {}): boolean {
    let prevented = false;
    const input: KeyInput = { type: 'keyDown', key, code, control: false, alt: false, shift: false, meta: false, ...modifiers };
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, input);
    return prevented;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads += 1;
  }
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a `will-*` event the way Chromium does; returns whether a listener prevented it. */
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url = ''): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  fullScreen = false;
  shown = false;
  focused = false;
  destroyed = false;
  minimized = false;
  loadedUrl: string | undefined;
  bounds: Rect | undefined;
  constructor(readonly options?: ShowWindowOptions, frame: FrameLike = fakeFrame(), private readonly loadError?: Error) {
    super();
    this.webContents = new FakeWebContents(frame);
    this.fullScreen = options?.fullscreen ?? false;
    this.bounds = options === undefined ? undefined : { x: options.x, y: options.y, width: options.width, height: options.height };
  }
  isMinimized = (): boolean => this.minimized;
  restore(): void {
    this.minimized = false;
  }
  setBounds(bounds: Rect): void {
    this.bounds = bounds;
  }
  isDestroyed = (): boolean => this.destroyed;
  isFullScreen = (): boolean => this.fullScreen;
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    // As in Electron, the main frame's `url` is the document it now shows (WebFrameMain docs: `frame.url`).
    (this.webContents.mainFrame as { url: string }).url = url;
    return this.loadError === undefined ? Promise.resolve() : Promise.reject(this.loadError);
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type IpcListener = (event: IpcEventLike, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly listeners = new Map<string, IpcListener[]>();
  readonly handlers = new Map<string, IpcListener>();
  on(channel: string, listener: IpcListener): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  }
  handle(channel: string, listener: IpcListener): void {
    if (this.handlers.has(channel)) throw new Error(`a handler for ${channel} is already registered`);
    this.handlers.set(channel, listener);
  }
  /** What `ipcRenderer.send` from `frame` does. */
  send(frame: FrameLike | null, channel: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener({ senderFrame: frame }, ...args);
  }
  /** What `ipcRenderer.invoke` from `frame` does: a promise of the handler's answer. */
  async invoke(frame: FrameLike | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame }, ...args);
  }
}

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

export class FakeProtocol {
  readonly privileged: unknown[] = [];
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();
  constructor(private readonly calls: string[] = []) {}
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.calls.push('registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }
}

export class FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  checkHandler: ((contents: unknown, permission: string) => boolean) | undefined;
  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['checkHandler']>): void {
    this.checkHandler = handler;
  }
}

/** A display, as `screen` gives it. */
export function fakeDisplay(id: number, label: string, bounds: Rect, internal = false): DisplayLike {
  return { id, label, bounds, workArea: { ...bounds, height: bounds.height - 40 }, internal };
}

export const LAPTOP_SCREEN = fakeDisplay(1, 'Built-in Retina Display', { x: 0, y: 0, width: 1440, height: 900 }, true);
export const PROJECTOR = fakeDisplay(2, 'EPSON PJ', { x: 1440, y: 0, width: 1920, height: 1080 });

/** Electron's `screen`: the displays now, and the events of plugging and unplugging them. */
export class FakeScreen extends EventEmitter {
  constructor(
    public displays: DisplayLike[] = [LAPTOP_SCREEN],
    public primaryId = displays[0]?.id ?? 0,
  ) {
    super();
  }
  getAllDisplays = (): DisplayLike[] => [...this.displays];
  getPrimaryDisplay = (): DisplayLike => {
    const primary = this.displays.find((display) => display.id === this.primaryId) ?? this.displays[0];
    if (primary === undefined) throw new Error('no display');
    return primary;
  };
  plugIn(display: DisplayLike): void {
    this.displays = [...this.displays, display];
    this.emit('display-added', {}, display);
  }
  unplug(display: DisplayLike): void {
    this.displays = this.displays.filter((each) => each.id !== display.id);
    this.emit('display-removed', {}, display);
  }
}

/** The plan's view of a fake display. */
export function displayInfo(display: DisplayLike, primary = false): DisplayInfo {
  return { ...display, primary };
}

export class FakePowerSaveBlocker {
  readonly started = new Map<number, string>();
  private next = 1;
  start(type: 'prevent-display-sleep'): number {
    this.started.set(this.next, type);
    return this.next++;
  }
  stop(id: number): void {
    this.started.delete(id);
  }
  isStarted(id: number): boolean {
    return this.started.has(id);
  }
}
