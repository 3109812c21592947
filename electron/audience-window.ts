import { APP_ENTRY_URL } from './app-url';
import type { HostWindow } from './known-windows';
import type { Logger } from './logger';
import { secureWebPreferences } from './security';

/** A rectangle on the screen, as `screen.getPrimaryDisplay().bounds` gives it. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The options the audience window is created with. */
export type AudienceWindowOptions = Bounds & {
  readonly fullscreen: true;
  readonly show: false;
  readonly backgroundColor: string;
  readonly autoHideMenuBar: true;
  readonly title: string;
  readonly webPreferences: ReturnType<typeof secureWebPreferences>;
};

/** A window as this module needs it: one that can be shown, load a URL and recover its page. */
export interface AudienceWindow extends HostWindow {
  readonly webContents: HostWindow['webContents'] & {
    on(event: 'render-process-gone', listener: (event: unknown, details: { readonly reason: string }) => void): unknown;
    reload(): void;
  };
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  focus(): void;
  loadURL(url: string): Promise<void>;
}

export interface AudienceWindowDeps<W extends AudienceWindow> {
  /** `(options) => new BrowserWindow(options)` in the app; a fake in tests. */
  readonly createWindow: (options: AudienceWindowOptions) => W;
  readonly primaryDisplayBounds: Bounds;
  readonly preloadPath: string;
  readonly isPackaged: boolean;
  readonly log: Logger;
}

/**
 * Opens the window the audience sees: fullscreen on the primary display, black from
 * the first frame and shown only once the page has painted, so the room never sees a
 * white flash or a half-drawn slide.
 */
export function openAudienceWindow<W extends AudienceWindow>(deps: AudienceWindowDeps<W>): W {
  const window = deps.createWindow({
    ...deps.primaryDisplayBounds,
    fullscreen: true,
    show: false,
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    title: 'Yeondae · 연대',
    webPreferences: secureWebPreferences(deps.preloadPath, deps.isPackaged),
  });
  window.once('ready-to-show', () => window.show());
  // An unattended kiosk must not sit on a dead page. The reloaded page asks main for
  // the current snapshot, so the show goes on from the same frame.
  window.webContents.on('render-process-gone', (_event, { reason }) => {
    deps.log.error(`the page's process is gone (${reason}); reloading`);
    if (!window.isDestroyed()) window.webContents.reload();
  });
  // A failed load (say, the renderer was never built) would otherwise leave a hidden window and no word why.
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => deps.log.error(`cannot load ${APP_ENTRY_URL}: ${String(error)}`));
  return window;
}
