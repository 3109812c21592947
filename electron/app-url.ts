/**
 * The app's own origin. Pages are served from `app://yeondae/` rather than `file://` so
 * that they have a real origin: `'self'` in the CSP means something, and a page cannot
 * read arbitrary files from disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'yeondae';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one document a window loads: the audience view as it is, the presenter view with an option. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export const PRESENTER_URL = `${APP_ENTRY_URL}?view=presenter`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is on the app's origin. Compares scheme and host by hand because Node's
 * `URL.origin` is `'null'` for schemes it does not know, while Chromium (where the
 * scheme is registered as standard) gives `app://yeondae`.
 */
export function isAppOrigin(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Whether `url` is the app's own page (with any query or hash), the only place a window
 * may navigate to. Query and hash are allowed because the renderer reads its options there.
 */
export function isAppEntryUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && isAppOrigin(url) && parsed.pathname === new URL(APP_ENTRY_URL).pathname;
}

/** Whether `url` is the presenter view: the only window that is shown the show server's codes. */
export function isPresenterUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && isAppEntryUrl(url) && parsed.searchParams.get('view') === 'presenter';
}
