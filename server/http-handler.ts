import { readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener } from 'node:http';
import { join } from 'node:path';
import { DECK_PATH, SERVER_VIEWS, SHOW_SERVER_META } from '../common/network/protocol';
import { CONTENT_SECURITY_POLICY } from '../common/security/content-security-policy';
import type { DeckDocument } from './deck-document';
import { answerDeck } from './deck-route';
import { guardHandler } from './handler-guard';
import type { NetworkLog } from './network-log';
import { answerPlain } from './plain-answer';
import { isAllowedHost } from './request-guard';
import { createStaticFiles } from './static-files';

/** Headers on every response: the app protocol's policy, no sniffing, no referrer (a token in an address stays on the page). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Enough of a guest's path to find it in the log; the rest is theirs to fill the log with. */
const LOGGED_PATH_CHARS = 120;

/** The renderer's index.html, marked so the page connects to this server. */
function readViewPage(rendererFolder: string): string {
  let html: string;
  try {
    html = readFileSync(join(rendererFolder, 'index.html'), 'utf8');
  } catch {
    throw new Error(`the built app is missing (${join(rendererFolder, 'index.html')}): run \`npm run build\` first`);
  }
  return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="${SHOW_SERVER_META}" content="1" />`);
}

/**
 * The network-log line for a request that could not be answered; the path quoted, cut short
 * and with its control characters escaped. It names no address: the read-along pages load
 * the same files as the screens, and a reader is never named by address (the count line
 * says how many addresses, unnamed).
 */
function failureLine(error: unknown, request: IncomingMessage): string {
  const path = JSON.stringify((request.url ?? '').slice(0, LOGGED_PATH_CHARS));
  return `could not answer ${path}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Answers HTTP: the views (`/`, `/presenter`, `/remote`, `/read`) are the renderer's page,
 * `DECK_PATH` the statement for read-along pages (when `deck` is given), everything else a
 * file of the built renderer (see static-files.ts), so no path can reach outside the
 * folder and no folder is ever listed. Nothing a request holds can make it throw: whatever
 * fails is answered 500 (see handler-guard.ts) and said in `networkLog`, once a minute.
 */
export function createHttpHandler(rendererFolder: string, machineName: string, networkLog: NetworkLog, deck?: () => DeckDocument): RequestListener {
  const viewPage = readViewPage(rendererFolder);
  const files = createStaticFiles(rendererFolder);
  const report = (error: unknown, request: IncomingMessage): void => {
    networkLog.warn('request-failed', undefined, failureLine(error, request));
  };
  return guardHandler((request, response, fail) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!isAllowedHost(request.headers.host, machineName)) {
      answerPlain(response, 421, 'This show is reached by its address or its computer name.');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      answerPlain(response, 405, 'Only GET and HEAD.', { Allow: 'GET, HEAD' });
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === DECK_PATH && deck !== undefined) {
      answerDeck(request, response, deck());
      return;
    }
    if (Object.hasOwn(SERVER_VIEWS, path) || path === '/index.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : viewPage);
      return;
    }
    files(request, response, path, {
      notFound: () => answerPlain(response, 404, 'Not found.'),
      preconditionFailed: () => answerPlain(response, 412, 'This file has changed.'),
      unsatisfiable: (contentRange) => answerPlain(response, 416, 'The range asks for bytes this file does not have.', { 'Content-Range': contentRange }),
      fail,
    });
  }, report);
}
