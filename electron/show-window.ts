import type { Rect } from '../common/host/display-plan';
import { APP_ENTRY_URL, PRESENTER_URL } from './app-url';
import type { HostWindow } from './known-windows';
import type { Logger } from '../node/logger';
import { secureWebPreferences } from './security';

/** What a window shows: the slides for the room, or the presenter's view of the same show. */
export type WindowRole = 'audience' | 'presenter';

/** The options every show window is created with. */
export interface ShowWindowOptions extends Rect {
  readonly fullscreen: boolean;
  readonly fullscreenable: true;
  readonly resizable: true;
  readonly show: false;
  readonly backgroundColor: string;
  readonly autoHideMenuBar: true;
  readonly title: string;
  readonly webPreferences: ReturnType<typeof secureWebPreferences>;
}

/** A window as the host needs it: shown, placed, closed, brought forward. */
export interface ShowWindow extends HostWindow {
  once(event: 'ready-to-show' | 'enter-full-screen' | 'closed', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  removeListener(event: 'enter-full-screen' | 'closed', listener: () => void): unknown;
  show(): void;
  focus(): void;
  close(): void;
  isMinimized(): boolean;
  restore(): void;
  setBounds(bounds: Rect): void;
  loadURL(url: string): Promise<void>;
}

/** Which window to open, where. */
export interface ShowWindowRequest {
  readonly role: WindowRole;
  readonly bounds: Rect;
  readonly fullscreen: boolean;
}

export interface ShowWindowDeps<W extends ShowWindow> {
  /** `(options) => new BrowserWindow(options)` in the app; a fake in tests. */
  readonly createWindow: (options: ShowWindowOptions) => W;
  readonly preloadPath: string;
  readonly isPackaged: boolean;
  readonly log: Logger;
}

const TITLES: Readonly<Record<WindowRole, string>> = { audience: 'Yeondae · 연대', presenter: 'Yeondae · 연대 — presenter' };
const URLS: Readonly<Record<WindowRole, string>> = { audience: APP_ENTRY_URL, presenter: PRESENTER_URL };

/** The options for a window of `role`; both roles get the same locked-down `webPreferences`. */
export function showWindowOptions(request: ShowWindowRequest, preloadPath: string, isPackaged: boolean): ShowWindowOptions {
  return {
    ...request.bounds,
    fullscreen: request.fullscreen,
    // On macOS, `fullscreen: false` alone makes a window non-fullscreenable, so that F would do
    // nothing in a windowed or presenter window (NativeWindow::InitFromOptions, native_window.cc).
    fullscreenable: true,
    resizable: true,
    show: false,
    // What the room sees until the page paints: on Linux a fullscreen window is mapped at once.
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    title: TITLES[request.role],
    webPreferences: secureWebPreferences(preloadPath, isPackaged),
  };
}

/**
 * Opens a show window at `request.bounds`. Its first frame is black on purpose: on Linux
 * a window created fullscreen is mapped at once, hidden or not (NativeWindowViews::SetFullScreen
 * shows a widget that is not visible; electron/electron#20352), and on macOS a window is shown
 * as it goes fullscreen (electron/electron#42165), so before its page paints the room sees the
 * window's background colour. Otherwise it is shown once the page has
 * painted (`ready-to-show`). Either way the room never sees a white flash. A fullscreen window is created on its display and fills it from there.
 */
export function openShowWindow<W extends ShowWindow>(deps: ShowWindowDeps<W>, request: ShowWindowRequest): W {
  const window = deps.createWindow(showWindowOptions(request, deps.preloadPath, deps.isPackaged));
  window.once('ready-to-show', () => window.show());
  const url = URLS[request.role];
  // A failed load (say, the renderer was never built) would otherwise leave a hidden window and no word why.
  window.loadURL(url).catch((error: unknown) => deps.log.error(`cannot load ${url}: ${String(error)}`));
  return window;
}
