import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_VIEWS } from '../../common/network/protocol';
import { projectPath } from '../support/project-content';
import { rawExchange, requestBytes, startTestServer, type RawAnswer, type TestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';

const rendererFolder = projectPath('dist/renderer');
/** The built renderer's files by URL path, `/assets/app-….js`, with their bytes; not index.html, which is served as the views' page. */
const rendererFiles = new Map<string, Buffer>(
  readdirSync(rendererFolder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name !== 'index.html' && statSync(join(rendererFolder, name)).isFile())
    .map((name) => [`/${name.replaceAll('\\', '/')}`, readFileSync(join(rendererFolder, name))] as const),
);
const KNOWN = '/favicon.png';
const knownBytes = rendererFiles.get(KNOWN) ?? Buffer.alloc(0);

const scratch = useScratchFolders('yeondae-http-fuzz-');
let server: TestServer;
let etag = '';
let lastModified = '';
beforeAll(async () => {
  server = await startTestServer({ dataFolder: scratch() });
  const head = await rawExchange(server.server.port, requestBytes(server.server.port, 'HEAD', KNOWN));
  etag = head.headers.etag ?? '';
  lastModified = head.headers['last-modified'] ?? '';
});
afterAll(() => server.stop());

/** Text that cannot end a header line early: the request stays whole, so a missing answer is the server's doing. */
const headerText = fc.string({ maxLength: 40 }).map((text) => text.replace(/[\r\n]/gu, ''));
const position = fc.oneof(fc.nat({ max: knownBytes.length * 2 }), fc.constantFrom('', '-1', '00', '1e3', '99999999999999999999', ' 3'));
const byteRange = fc.tuple(position, position).map(([first, last]) => `${first}-${last}`);

// Mostly requests a browser could send, so that the headers reach the file server; the rest odd.
const method = fc.oneof(
  { arbitrary: fc.constantFrom('GET', 'HEAD'), weight: 6 },
  { arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND', 'PRI', 'get', 'BREW'), weight: 1 },
  { arbitrary: fc.stringMatching(/^[A-Z]{1,10}$/u), weight: 1 },
);
const path = fc.oneof(
  fc.constantFrom(...Object.keys(SERVER_VIEWS), '/index.html', '/presenter/', '/remote?x=1#y'),
  { arbitrary: fc.constantFrom(...rendererFiles.keys()), weight: 5 },
  fc.constantFrom(...rendererFiles.keys()).map((file) => file.replace(/[a-z.]/gu, (letter) => `%${letter.charCodeAt(0).toString(16)}`)),
  fc.constantFrom('/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '//etc/passwd', '/assets', '/assets/', '/.git/config', '/%', '/%zz', '/%c0%ae%c0%ae/', '/%00', '/favicon.png%00.html', '/favicon.png\u0000', '*', 'favicon.png', `http://127.0.0.1${KNOWN}`),
  fc.constantFrom(300, 5000, 20_000).map((length) => `/${'a'.repeat(length)}`),
  fc.string({ maxLength: 30 }).map((text) => `/${text}`),
  fc.string({ unit: 'binary', maxLength: 12 }).map((text) => `/${text}`),
);
const version = fc.oneof({ arbitrary: fc.constantFrom('HTTP/1.1', 'HTTP/1.0'), weight: 6 }, fc.constantFrom('HTTP/2.0', 'HTTP/0.9', 'HTTX/1.1', ''));
/** A header sent `sentWeight` times in `absentWeight + sentWeight`; undefined when absent. */
const sometimes = <T,>(arbitrary: fc.Arbitrary<T>, absentWeight = 1, sentWeight = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary, weight: sentWeight });
const headers = fc.record({
  Host: fc.oneof({ arbitrary: fc.constant('RIGHT'), weight: 6 }, fc.constantFrom('evil.example', '', 'localhost', '[::1]', '127.0.0.1:99999')),
  Range: sometimes(
    fc.oneof(
      byteRange.map((range) => `bytes=${range}`),
      fc.array(byteRange, { minLength: 2, maxLength: 4 }).map((ranges) => `bytes=${ranges.join(',')}`),
      fc.constantFrom('bytes=2-1', 'bytes=-0', 'bytes=', 'bytes=-', 'items=0-3', 'bytes 0-3', 'BYTES=0-3', ' bytes=0-3', 'bytes=0-3,', 'bytes=,,'),
      headerText,
    ),
    1,
    2,
  ),
  'If-Range': sometimes(fc.oneof(fc.constantFrom('ETAG', 'LAST-MODIFIED', '"not-this"', 'W/"1-2"', 'Thu, 01 Jan 1970 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', ''), headerText), 2),
  'If-None-Match': sometimes(fc.oneof(fc.constantFrom('ETAG', '*', '"a", ETAG', 'W/', '"', ','), headerText), 2),
  'If-Modified-Since': sometimes(fc.oneof(fc.constantFrom('LAST-MODIFIED', 'Thu, 01 Jan 1970 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', '-1'), headerText), 3),
  'If-Match': sometimes(fc.oneof(fc.constantFrom('ETAG', '*', '"not-this"'), headerText), 5),
  'If-Unmodified-Since': sometimes(fc.oneof(fc.constantFrom('LAST-MODIFIED', 'Thu, 01 Jan 1970 00:00:00 GMT'), headerText), 5),
  'Accept-Encoding': sometimes(fc.constantFrom('gzip, br', 'identity;q=0', '*'), 3),
  'X-Big': sometimes(fc.constantFrom(100, 8000, 20_000).map((length) => 'x'.repeat(length)), 5),
});
const body = fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, fc.constantFrom('Content-Length: 5\r\n\r\nhello', 'Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n', 'Content-Length: 0\r\n\r\n'));
const manyHeaders = fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, fc.constantFrom(150, 3000));

/** The request as bytes: the placeholders in header values become this server's own validators and Host. */
function requestText(request: { method: string; path: string; version: string; headers: Readonly<Record<string, string | undefined>>; body: string; manyHeaders: number }): string {
  const lines = Object.entries(request.headers).flatMap(([name, value]) => {
    if (value === undefined) return [];
    const filled = value.replaceAll('RIGHT', `127.0.0.1:${server.server.port}`).replaceAll('LAST-MODIFIED', lastModified).replaceAll('ETAG', etag);
    return [`${name}: ${filled}\r\n`];
  });
  for (let index = 0; index < request.manyHeaders; index += 1) lines.push(`X-Header-${index}: 1\r\n`);
  lines.push('Connection: close\r\n');
  const ending = request.body === '' ? '\r\n' : request.body;
  return `${request.method} ${request.path}${request.version === '' ? '' : ` ${request.version}`}\r\n${lines.join('')}${ending}`;
}

/** What must hold of any answer, whatever was asked: no failure, and a file's bytes exactly as a range or the whole. */
function checkAnswer(answer: RawAnswer, request: { method: string; path: string }): void {
  if (answer.status === null) return; // dropped as malformed: allowed, if the server serves on
  expect(answer.status).not.toBe(500);
  const file = rendererFiles.get(request.path);
  if (file === undefined || request.method !== 'GET') return;
  if (answer.status === 200) expect(answer.body.equals(file)).toBe(true);
  if (answer.status === 416) expect(answer.headers['content-range']).toBe(`bytes */${file.length}`);
  if (answer.status === 206) {
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/u.exec(answer.headers['content-range'] ?? '');
    expect(range).not.toBeNull();
    const [first, last, total] = (range ?? []).slice(1).map(Number) as [number, number, number];
    expect(total).toBe(file.length);
    expect(answer.body.equals(file.subarray(first, last + 1))).toBe(true);
  }
}

describe('the show server under malformed HTTP requests', () => {
  it('answers any method, path, Range and conditional headers without failing, and still serves a file whole after each', async () => {
    expect(etag).not.toBe('');
    await fc.assert(
      fc.asyncProperty(fc.record({ method, path, version, headers, body, manyHeaders }), async (request) => {
        const answer = await rawExchange(server.server.port, requestText(request));
        checkAnswer(answer, request);
        const check = await rawExchange(server.server.port, requestBytes(server.server.port, 'GET', KNOWN));
        expect(check.status).toBe(200);
        expect(check.body.equals(knownBytes)).toBe(true);
      }),
      { numRuns: 150, interruptAfterTimeLimit: 20_000 },
    );
  }, 30_000);
});
