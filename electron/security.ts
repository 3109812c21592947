import { isAppEntryUrl } from './app-url';
import type { Logger } from '../node/logger';

/**
 * The `webPreferences` of every window. The page gets no Node, runs in Chromium's
 * sandbox in its own JavaScript world, and reaches main only through the preload's
 * named functions. DevTools only in development: a kiosk visitor must not open a console.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // The spellchecker downloads dictionaries from Google's servers; a slideshow has no text input.
    spellcheck: false,
    devTools: !isPackaged,
  } as const;
}

/** The events of a `WebContents` that could take a window somewhere we did not choose. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { readonly url: string; preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps a page on the app: no navigation or redirect except to the app's own page, no
 * new windows, no `<webview>`. Applied to every `WebContents` the app creates, so a
 * window added later cannot forget it.
 */
export function guardWebContents(contents: GuardedContents, log: Logger): void {
  const stayOnApp = (kind: string) => (event: { readonly url: string; preventDefault(): void }): void => {
    if (isAppEntryUrl(event.url)) return;
    event.preventDefault();
    log.warn(`blocked ${kind} to ${event.url}`);
  };
  contents.on('will-navigate', stayOnApp('navigation'));
  contents.on('will-redirect', stayOnApp('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

/** The permission hooks of a `Session`. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/**
 * Refuses every permission (camera, notifications, HTML fullscreen, ...). The show needs
 * none: fullscreen goes through main, which asks no permission of the page.
 */
export function denyAllPermissions(session: PermissionSession, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
