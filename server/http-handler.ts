import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { SERVER_VIEWS, SHOW_SERVER_META } from '../common/network/protocol';
import { CONTENT_SECURITY_POLICY } from '../common/security/content-security-policy';
import { isAllowedHost } from './request-guard';

/** Headers on every response: the app protocol's policy, no sniffing, no referrer (a token in an address stays on the page). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

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
 * Answers HTTP: the views (`/`, `/presenter`) are the renderer's page, everything else a
 * file of the built renderer, served by `sirv` from the list of files it found at start,
 * so no path can reach outside the folder and no folder is ever listed.
 */
export function createHttpHandler(rendererFolder: string, machineName: string): (request: IncomingMessage, response: ServerResponse) => void {
  const viewPage = readViewPage(rendererFolder);
  const files = sirv(rendererFolder, { dev: false, etag: true, dotfiles: false, extensions: [] });
  const plain = (response: ServerResponse, status: number, text: string): void => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
  };
  return (request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (!isAllowedHost(request.headers.host, machineName)) {
      plain(response, 421, 'This show is reached by its address or its computer name.');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      plain(response, 405, 'Only GET and HEAD.');
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path in SERVER_VIEWS || path === '/index.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : viewPage);
      return;
    }
    files(request, response, () => plain(response, 404, 'Not found.'));
  };
}
