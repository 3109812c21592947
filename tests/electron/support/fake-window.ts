// Electron's `BrowserWindow` as the host uses it, and the list of a process's windows.
// The sources cited are electron/electron at 96f3996d8d.
import { EventEmitter } from 'node:events';
import type { Rect } from '../../../common/host/display-plan';
import type { ShowWindowOptions } from '../../../electron/show-window';
import { FakeWebContents, fakeFrame, throwIfDestroyed, type FakeFrame, type FakeRendererSetup } from './fake-web-contents';

/**
 * How long the fake's macOS fullscreen transition (the animation into a Space of its own)
 * takes: an arbitrary figure, since the app must wait for `enter-full-screen`, never for a time.
 */
export const MAC_FULLSCREEN_TRANSITION_MS = 700;

/**
 * The windows of one process (shell/browser/window_list.cc), which `app.quit()` closes and
 * whose end the app hears of; on macOS also the one fullscreen transition AppKit runs at a time.
 */
export class FakeWindowList {
  private readonly windows = new Set<FakeWindow>();
  /** macOS: the window AppKit is moving into (or out of) fullscreen, if any. */
  transitioning: FakeWindow | undefined;
  /** What the process does once its last window has closed (Browser::OnWindowAllClosed). */
  onAllClosed: () => void = () => undefined;
  /** What it does when a window refused to close (Browser::OnWindowCloseCancelled). */
  onCloseCancelled: () => void = () => undefined;
  add(window: FakeWindow): void {
    this.windows.add(window);
  }
  remove(window: FakeWindow): void {
    if (!this.windows.delete(window)) return;
    if (this.windows.size === 0) this.onAllClosed();
  }
  isEmpty(): boolean {
    return this.windows.size === 0;
  }
  list(): FakeWindow[] {
    return [...this.windows];
  }
  /** WindowList::CloseAllWindows: asks each window to close, newest first on macOS. */
  closeAll(platform: string): void {
    const windows = this.list();
    if (platform === 'darwin') windows.reverse();
    for (const window of windows) if (!window.isDestroyed() && !window.closing) window.close();
  }
  /** WindowList::DestroyAllWindows, as `app.exit()` does: no `close`, no asking. */
  destroyAll(): void {
    for (const window of this.list()) window.closeImmediately();
  }
}

/** How a fake window is made, beyond its options. */
export interface FakeWindowSetup extends FakeRendererSetup {
  readonly frame?: FakeFrame;
  /** What `loadURL` rejects with, if anything. */
  readonly loadError?: Error | undefined;
  readonly platform?: string;
  /** The process's window list: a window of its own when not given. */
  readonly list?: FakeWindowList;
}

export class FakeWindow extends EventEmitter {
  private readonly contents: FakeWebContents;
  fullScreen = false;
  shown = false;
  focused = false;
  destroyed = false;
  /** `close()` was called and not prevented: the window goes once its contents are destroyed. */
  closing = false;
  minimized = false;
  loadedUrl: string | undefined;
  bounds: Rect | undefined;
  /** macOS: the fullscreen states asked for while a transition of this window ran (NativeWindowMac's pending_transitions_). */
  private readonly pendingTransitions: boolean[] = [];
  private readonly list: FakeWindowList;
  private readonly platform: string;
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
    this.platform = setup.platform ?? 'linux';
    this.list = setup.list ?? new FakeWindowList();
    this.list.add(this);
    this.contents = new FakeWebContents(setup.frame ?? fakeFrame(), setup);
    // BrowserWindow::WebContentsDestroyed closes the window at once.
    this.contents.once('destroyed', () => this.closeImmediately());
    const macNotFullscreen = this.platform === 'darwin' && options?.fullscreen === false;
    this.fullScreenable = (options as { fullscreenable?: boolean } | undefined)?.fullscreenable ?? !macNotFullscreen;
    if (options?.fullscreen === true) this.setFullScreen(true);
    this.bounds = options === undefined ? undefined : { x: options.x, y: options.y, width: options.width, height: options.height };
  }
  /** A native property: it throws once the window is destroyed (BrowserWindow's `webContents`, electron_api_browser_window.cc). */
  get webContents(): FakeWebContents {
    throwIfDestroyed(this.destroyed);
    return this.contents;
  }
  isMinimized(): boolean {
    throwIfDestroyed(this.destroyed);
    return this.minimized;
  }
  restore(): void {
    throwIfDestroyed(this.destroyed);
    this.minimized = false;
  }
  setBounds(bounds: Rect): void {
    throwIfDestroyed(this.destroyed);
    this.bounds = bounds;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isFullScreen(): boolean {
    throwIfDestroyed(this.destroyed);
    return this.fullScreen;
  }
  /**
   * On Linux, fullscreen on a hidden window shows it: NativeWindowViews::SetFullScreen shows
   * the widget in its fullscreen state when it is not visible (native_window_views.cc;
   * electron/electron#20352), and a window created with `fullscreen: true` goes through it
   * at creation (native_window.cc), `show: false` or not. Windows is not modelled.
   *
   * On macOS the change is a transition AppKit animates, and `enter-full-screen` (or
   * `leave-full-screen`) comes once it is over. NativeWindowMac::SetFullScreen keeps what a
   * window asks for during its own transition for afterwards (pending_transitions_, one entry
   * per change), but AppKit runs one transition at a time: a window that asks while another
   * window's transition runs stays as it is, and no event comes (electron/electron#13077,
   * #34367, the second of two windows created with `fullscreen: true`). A hidden window that
   * starts its transition is shown, `show: false` or not (electron/electron#42165, #10724).
   */
  setFullScreen(flag: boolean): void {
    throwIfDestroyed(this.destroyed);
    if (!this.fullScreenable) return;
    if (this.platform !== 'darwin') {
      if (flag && !this.shown && this.platform === 'linux') this.shown = true;
      this.fullScreen = flag;
      return;
    }
    if (this.list.transitioning === this) {
      if (this.pendingTransitions.at(-1) !== flag) this.pendingTransitions.push(flag);
      return;
    }
    if (flag === this.fullScreen) return;
    if (this.list.transitioning !== undefined) return;
    this.list.transitioning = this;
    this.shown = true;
    setTimeout(() => this.endTransition(flag), MAC_FULLSCREEN_TRANSITION_MS);
  }
  show(): void {
    throwIfDestroyed(this.destroyed);
    this.shown = true;
  }
  focus(): void {
    throwIfDestroyed(this.destroyed);
    this.focused = true;
  }
  /** BrowserWindow.prototype.loadURL is `this.webContents.loadURL(...)`: on a destroyed window it throws at once. */
  loadURL(url: string): Promise<void> {
    const contents = this.webContents;
    this.loadedUrl = url;
    if (this.setup.loadError !== undefined) return Promise.reject(this.setup.loadError);
    // As in Electron, the main frame's `url` is the document it now shows (WebFrameMain docs: `frame.url`).
    contents.mainFrame.commit(url);
    contents.navigate();
    return Promise.resolve();
  }
  /**
   * `close()` emits `close` at once, which a listener may prevent (BaseWindow::WillCloseWindow,
   * from NativeWindow::NotifyWindowCloseButtonClicked); then the page is closed first
   * (BrowserWindow::OnCloseButtonClicked), its contents are destroyed in a later task, and only
   * then is the window destroyed and `closed` emitted (BaseWindow::OnWindowClosed). (A page with
   * a beforeunload handler, which would delay it further, is not modelled.)
   */
  close(): void {
    throwIfDestroyed(this.destroyed);
    let prevented = false;
    this.emit('close', {
      preventDefault: () => void (prevented = true),
      get defaultPrevented() {
        return prevented;
      },
    });
    if (prevented) {
      this.list.onCloseCancelled();
      return;
    }
    if (this.closing) return;
    this.closing = true;
    this.contents.close();
  }
  /** The window goes now: its contents, then itself, `closed`, and the process's window list. */
  closeImmediately(): void {
    if (this.destroyed) return;
    this.contents.destroyNow();
    this.destroyed = true;
    if (this.list.transitioning === this) this.list.transitioning = undefined;
    this.emit('closed');
    this.list.remove(this);
  }
  private endTransition(flag: boolean): void {
    if (this.destroyed) return;
    this.list.transitioning = undefined;
    this.fullScreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
    // NativeWindowMac::HandlePendingFullscreenTransitions, from windowDidEnterFullScreen.
    const next = this.pendingTransitions.shift();
    if (next !== undefined) this.setFullScreen(next);
  }
}
