// A small, hand-written stand-in for the parts of Electron the host uses. It keeps what
// the real objects keep (which listeners are registered, what was sent where), so a
// test can act like Chromium (send a message from a frame, try to navigate) and then
// read what the host did.
import { EventEmitter } from 'node:events';
import type { AudienceWindowOptions } from '../../../electron/audience-window';
import type { IpcEventLike } from '../../../electron/ipc-handlers';
import type { FrameLike } from '../../../electron/known-windows';
import type { Logger } from '../../../electron/logger';

/** A frame: identity by reference, like Electron's `WebFrameMain`. */
export function fakeFrame(url = 'app://yeondae/index.html'): FrameLike {
  return { url };
}

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { readonly url: string }) => { action: 'deny' }) | undefined;
  reloads = 0;
  destroyed = false;
  constructor(readonly mainFrame: FrameLike = fakeFrame()) {
    super();
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
  loadedUrl: string | undefined;
  constructor(readonly options?: AudienceWindowOptions, frame: FrameLike = fakeFrame(), private readonly loadError?: Error) {
    super();
    this.webContents = new FakeWebContents(frame);
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
    return this.loadError === undefined ? Promise.resolve() : Promise.reject(this.loadError);
  }
  close(): void {
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

/** A logger that keeps its lines. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => lines.push(`info: ${message}`),
    warn: (message) => lines.push(`warn: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
  };
}

/** `app`, `protocol`, `session` and friends, recording the order of the calls that must come before `ready`. */
export class FakeApp extends EventEmitter {
  readonly calls: string[] = [];
  isPackaged = false;
  hasLock = true;
  private markReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  constructor(private readonly appPath: string) {
    super();
  }
  getAppPath = (): string => this.appPath;
  enableSandbox = (): void => void this.calls.push('enableSandbox');
  requestSingleInstanceLock = (): boolean => this.hasLock;
  quit = (): void => void this.calls.push('quit');
  whenReady = (): Promise<void> => this.ready;
  /** What Electron does once it is ready. */
  becomeReady(): void {
    this.calls.push('ready');
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
