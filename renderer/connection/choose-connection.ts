import type { Deck } from '../../common/deck/deck';
import { SERVER_VIEWS, SHOW_SERVER_META } from '../../common/network/protocol';
import type { Settings } from '../../common/settings/settings';
import { connectionKind } from './connection-kind';
import { createElectronConnection } from './electron-connection';
import { createServerConnection } from './server-connection';
import type { ShowConnection } from './show-connection';
import { createTabConnection } from './tab-connection';
import type { UrlOptions, ViewName } from './url-options';

/** The code in a page's address, `#key=…`: in the fragment, so it never reaches a server's log or a referrer. */
export function tokenFromHash(hash: string): string | undefined {
  const key = new URLSearchParams(hash.replace(/^#/u, '')).get('key');
  return key === null || key === '' ? undefined : key;
}

/** The view a show server page names by its path (`/presenter`); `/` leaves it to `?view=`. */
export function viewFromPath(pathname: string): ViewName | undefined {
  return pathname === '/' ? undefined : (SERVER_VIEWS as Readonly<Record<string, ViewName>>)[pathname];
}

/**
 * Address options that choose how the show runs (`?lang`, `?mode`, `?loop`, `?slide`) are
 * for a show this browser runs itself; a show server's show is the same for every screen,
 * so there they are ignored, and the presenter view says so rather than staying silent.
 */
function ignoredOnServer(options: UrlOptions, warn: (message: string) => void): string[] {
  const ignored = [...Object.keys(options.settings), ...(options.slide === undefined ? [] : ['slide'])];
  const lines = ignored.map((name) => `Yeondae: ignoring the address option for ${name}: the show server's settings apply to every screen (change them in settings.yaml or with its flags)`);
  for (const line of lines) warn(line);
  return [...options.problems, ...lines];
}

/**
 * The connection to this page's show (see `connectionKind`), or `undefined` inside the
 * app when the preload failed: the page then shows that plainly, and runs no show.
 */
export function chooseConnection(content: { readonly deck: Deck; readonly settings: Settings }, options: UrlOptions, warn: (message: string) => void): ShowConnection | undefined {
  const kind = connectionKind({
    hasHostApi: window.yeondae !== undefined,
    protocol: window.location.protocol,
    servedByShowServer: document.querySelector(`meta[name="${SHOW_SERVER_META}"]`) !== null,
  });
  switch (kind) {
    case 'electron':
      return window.yeondae === undefined ? undefined : createElectronConnection(window.yeondae);
    case 'server':
      return createServerConnection(tokenFromHash(window.location.hash), ignoredOnServer(options, warn));
    case 'tab':
      return createTabConnection(content.deck, content.settings, options, warn);
    case 'missing-preload':
      console.error('Yeondae: this window has no connection to the app (its preload failed); the app log says why');
      return undefined;
  }
}
