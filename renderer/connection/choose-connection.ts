import type { Deck } from '../../common/deck/deck';
import { SERVER_VIEWS, SHOW_SERVER_META } from '../../common/network/protocol';
import type { Settings } from '../../common/settings/settings';
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
 * Where this page's show lives: in Electron's main process (the preload gave
 * `window.yeondae`), in the show server that served the page (it marked the page), or in
 * this browser's tabs (any other static server, or a file).
 */
export function chooseConnection(content: { readonly deck: Deck; readonly settings: Settings }, options: UrlOptions, warn: (message: string) => void): ShowConnection {
  if (window.yeondae) return createElectronConnection(window.yeondae);
  if (document.querySelector(`meta[name="${SHOW_SERVER_META}"]`) !== null) return createServerConnection(tokenFromHash(window.location.hash));
  return createTabConnection(content.deck, content.settings, options, warn);
}
