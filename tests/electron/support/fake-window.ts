// Electron's `BrowserWindow` as the host uses it.
import { EventEmitter } from 'node:events';
import type { Rect } from '../../../common/host/display-plan';
import type { ShowWindowOptions } from '../../../electron/show-window';
import { FakeWebContents, fakeFrame, type FakeFrame, type FakeRendererSetup } from './fake-web-contents';

/** How a fake window is made, beyond its options. */
export interface FakeWindowSetup extends FakeRendererSetup {
  readonly frame?: FakeFrame;
  /** What `loadURL` rejects with, if anything. */
  readonly loadError?: Error | undefined;
  readonly platform?: string;
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
  /**
   * Whether `setFullScreen` does anything. On macOS a window created with `fullscreen: false`
   * is not fullscreenable unless `fullscreenable: true` says otherwise
   * (NativeWindow::InitFromOptions in shell/browser/native_window.cc), and `setFullScreen` on
   * such a window returns at once (native_window_mac.mm, native_window_views.cc).
   */
  readonly fullScreenable: boolean;
  constructor(
    readonly options?: ShowWindowOptions,
    private readonly setup: FakeWindowSetup = {},
  ) {
    super();
    this.webContents = new FakeWebContents(setup.frame ?? fakeFrame(), setup);
    const macNotFullscreen = setup.platform === 'darwin' && options?.fullscreen === false;
    this.fullScreenable = (options as { fullscreenable?: boolean } | undefined)?.fullscreenable ?? !macNotFullscreen;
    if (options?.fullscreen === true) this.setFullScreen(true);
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
  /**
   * On Linux, fullscreen on a hidden window shows it: NativeWindowViews::SetFullScreen shows
   * the widget in its fullscreen state when it is not visible (native_window_views.cc;
   * electron/electron#20352), and a window created with `fullscreen: true` goes through it
   * at creation (native_window.cc), `show: false` or not. (Other platforms are not modelled.)
   */
  setFullScreen(flag: boolean): void {
    if (!this.fullScreenable) return;
    if (flag && !this.shown && (this.setup.platform ?? 'linux') === 'linux') this.shown = true;
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
    if (this.setup.loadError !== undefined) return Promise.reject(this.setup.loadError);
    // As in Electron, the main frame's `url` is the document it now shows (WebFrameMain docs: `frame.url`).
    this.webContents.mainFrame.commit(url);
    this.webContents.navigate();
    return Promise.resolve();
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}
