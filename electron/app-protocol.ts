import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../common/security/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-url';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  // Chromium refuses a module script served with any type that is not JavaScript.
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The `Content-Type` for a file we serve; unknown kinds are opaque bytes, never sniffed. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The subset of Electron's `protocol` this module uses. */
export interface AppProtocolHost {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean } }[]): void;
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/**
 * Gives `app:` the standing of `https:` (origin, relative URLs, secure context, fetch).
 * Electron only accepts this before the app is ready.
 */
export function registerAppScheme(protocol: Pick<AppProtocolHost, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The file under `root` that `url` names, or `undefined` when the URL is not ours or
 * would leave `root`. `/` means `index.html`. The check runs on the decoded, resolved
 * path, so an encoded `/` or `\` cannot climb out.
 */
export function resolveAppFile(root: string, url: string): string | undefined {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  // No built file has a NUL or a backslash in its name; on Windows a backslash is a separator.
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const base = resolve(root);
  const file = resolve(base, `.${pathname === '/' ? '/index.html' : pathname}`);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return file;
}

/** Turns a request for `app://yeondae/...` into a response with the file from `root`. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const respond = (status: number, body: Uint8Array<ArrayBuffer> | null, contentType = 'text/plain; charset=utf-8'): Response =>
    new Response(body, {
      status,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null);
    const file = resolveAppFile(root, request.url);
    if (file === undefined) return respond(404, null);
    try {
      return respond(200, await readFile(file), contentTypeFor(file));
    } catch {
      // Missing files and folders alike: the page gets a plain 404, never a listing.
      return respond(404, null);
    }
  };
}

/** Serves the built renderer (`root`, i.e. `dist/renderer`) on `app://yeondae/`. Call once ready. */
export function serveAppProtocol(protocol: Pick<AppProtocolHost, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
