import type { ServerResponse } from 'node:http';

/**
 * Headers that describe a file's bytes. A file's answer may have set them before it gave
 * way to a plain one (a 416, a read that failed); left on, they would describe the wrong
 * body, and a `Content-Length` the body never reaches keeps the client waiting for the rest.
 */
const FILE_HEADERS = ['Content-Type', 'Content-Length', 'Content-Range', 'Content-Encoding', 'Content-Language', 'ETag', 'Last-Modified'];

/**
 * Answers `status` with one line of text (none for HEAD, which Node leaves bodiless), in
 * place of whatever file answer was under way; `headers` are added (a 416's
 * `Content-Range`, a 405's `Allow`). The headers every response carries are kept.
 */
export function answerPlain(response: ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  for (const name of FILE_HEADERS) response.removeHeader(name);
  const body = `${text}\n`;
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  response.end(body);
}
