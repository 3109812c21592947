import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DeckDocument } from './deck-document';

/**
 * Whether `If-None-Match` names `etag` (or is `*`): RFC 9110 §13.1.2, weak comparison, so
 * a `W/` the browser or a proxy put in front still matches.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//u, '') === etag;
  });
}

/** Whether `Accept-Encoding` takes gzip: named (or `*`) without `q=0`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((entry) => {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/**
 * Answers `DECK_PATH` with the statement a read-along page shows: the deck's JSON with its
 * ETag, revalidated on every load (`no-cache`), so a reload or a reconnect costs a 304 and
 * a live edit is fetched at once; gzipped where the browser takes it. GET and HEAD only
 * (the handler has refused the rest).
 */
export function answerDeck(request: IncomingMessage, response: ServerResponse, document: DeckDocument): void {
  const headers = { ETag: document.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (matchesEtag(request.headers['if-none-match'], document.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  const body = gzip ? document.gzip : document.json;
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
