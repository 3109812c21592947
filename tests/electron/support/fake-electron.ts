// A small, hand-written stand-in for the parts of Electron the host uses. It keeps what
// the real objects keep (which listeners are registered, what was sent where), so a
// test can act like Chromium (send a message from a frame, try to navigate) and then
// read what the host did.
import { EventEmitter } from 'node:events';
import type { DisplayInfo, Rect } from '../../../common/host/display-plan';
import type { DisplayLike } from '../../../electron/display-watch';
import type { IpcEventLike } from '../../../electron/ipc-handlers';
import type { FrameLike } from '../../../electron/known-windows';
import { copyAcrossProcesses } from './ipc-copy';

export { FakeApp, FakeStdout } from './fake-app';
export { FakeWebContents, fakeFrame } from './fake-web-contents';
export { FakeWindow, FakeWindowList } from './fake-window';

type IpcListener = (event: IpcEventLike, ...args: unknown[]) => unknown;

/**
 * Electron's `ipcMain`, and what reaches it from a page. What crosses is a copy
 * (`copyAcrossProcesses`), never the page's own objects, and an answer is a copy too.
 */
export class FakeIpcMain {
  readonly listeners = new Map<string, IpcListener[]>();
  readonly handlers = new Map<string, IpcListener>();
  /** What Electron printed to main's stderr: lib/browser/ipc-dispatch.ts logs each error a handler throws. */
  readonly stderr: string[] = [];
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
    const copied = copyAcrossProcesses(args);
    for (const listener of this.listeners.get(channel) ?? []) listener({ senderFrame: frame }, ...copied);
  }
  /**
   * What `ipcRenderer.invoke` from `frame` does: a promise of a copy of the handler's answer.
   * A handler that throws is printed to main's stderr and rejects the page's promise with
   * its text only (lib/browser/ipc-dispatch.ts replyWithError; lib/renderer/api/ipc-renderer.ts).
   */
  async invoke(frame: FrameLike | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    let answer: unknown;
    try {
      answer = await handler({ senderFrame: frame }, ...copyAcrossProcesses(args));
    } catch (error) {
      this.stderr.push(`Error occurred in handler for '${channel}': ${String(error)}`);
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
    return copyAcrossProcesses(answer);
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

/**
 * Electron's `powerSaveBlocker`. Ids count from 0 for the process, and `isStarted` only looks
 * an id up in Electron's own map: whether the system honours the wake lock is never known
 * (shell/browser/api/electron_api_power_save_blocker.cc at 96f3996d8d).
 */
export class FakePowerSaveBlocker {
  readonly started = new Map<number, string>();
  private next = 0;
  start(type: 'prevent-display-sleep'): number {
    this.started.set(this.next, type);
    return this.next++;
  }
  stop(id: number): boolean {
    return this.started.delete(id);
  }
  isStarted(id: number): boolean {
    return this.started.has(id);
  }
}

/** Electron's `powerMonitor`: the system says it sleeps, wakes, locks its screen (docs/api/power-monitor.md). */
export class FakePowerMonitor extends EventEmitter {}
