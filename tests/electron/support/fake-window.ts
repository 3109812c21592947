// Electron's `BrowserWindow` as the host uses it.
import { EventEmitter } from 'node:events';
import type { Rect } from '../../../common/host/display-plan';
import type { FrameLike } from '../../../electron/known-windows';
import type { ShowWindowOptions } from '../../../electron/show-window';
import { FakeWebContents, fakeFrame } from './fake-web-contents';

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
    return this.loadError === undefined ? Promise.resolve() : Promise.reject(this.loadError);
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
