import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../support/project-content';
import { rawExchange, requestBytes, startTestServer, type RawAnswer, type TestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';

const FILE = '/favicon.png';
const fileBytes = readFileSync(projectPath(`dist/renderer${FILE}`));
const size = fileBytes.length;

const scratch = useScratchFolders('yeondae-ranges-');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dataFolder: scratch() });
});
afterAll(() => server.stop());

function getFile(headers: Readonly<Record<string, string>> = {}, method = 'GET'): Promise<RawAnswer> {
  return rawExchange(server.server.port, requestBytes(server.server.port, method, FILE, headers));
}

/** Asked after every case: whatever that request was, the server still serves the file whole. */
async function expectStillServes(): Promise<void> {
  const answer = await getFile();
  expect(answer.status).toBe(200);
  expect(answer.body.equals(fileBytes)).toBe(true);
}

/** The validators the server gives the file, for the conditional requests to name. */
async function validators(): Promise<{ etag: string; lastModified: string }> {
  const { headers } = await getFile({}, 'HEAD');
  expect(headers.etag).toBeDefined();
  expect(headers['last-modified']).toBeDefined();
  return { etag: headers.etag ?? '', lastModified: headers['last-modified'] ?? '' };
}

describe('the show server answers Range and conditional requests as RFC 9110 says', () => {
  it('answers a satisfiable byte range with 206, its Content-Range and exactly its bytes', async () => {
    const cases: readonly (readonly [string, number, number])[] = [
      ['bytes=0-3', 0, 3],
      ['bytes=0-0', 0, 0],
      ['bytes=-5', size - 5, size - 1],
      ['bytes=5-', 5, size - 1],
      [`bytes=10-${size + 100}`, 10, size - 1],
      // Adjacent ranges may be sent as the one they make.
      ['bytes=0-1,2-3', 0, 3],
    ];
    for (const [range, first, last] of cases) {
      const answer = await getFile({ Range: range });
      expect(answer.status, range).toBe(206);
      expect(answer.headers['content-range'], range).toBe(`bytes ${first}-${last}/${size}`);
      expect(answer.body.equals(fileBytes.subarray(first, last + 1)), range).toBe(true);
      await expectStillServes();
    }
  });

  it('answers a range that holds no byte of the file with 416 and Content-Range bytes */size', async () => {
    for (const range of ['bytes=2-1', `bytes=${size}-`, `bytes=${size + 10}-${size + 20}`, 'bytes=-0', `bytes=${size}-${size},${size + 1}-`]) {
      const answer = await getFile({ Range: range });
      expect(answer.status, range).toBe(416);
      expect(answer.headers['content-range'], range).toBe(`bytes */${size}`);
      await expectStillServes();
    }
  });

  it('sends the whole file with 200 for a Range it is to ignore: another unit, garbage, several ranges, or an If-Range that does not match', async () => {
    const { lastModified } = await validators();
    const before = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    const cases: readonly Readonly<Record<string, string>>[] = [
      { Range: 'items=0-3' },
      { Range: 'bytes 0-3' },
      { Range: 'bytes=abc' },
      { Range: 'bytes=1e3-' },
      // Several ranges would need a multipart answer; RFC 9110 lets a server send the whole file instead.
      { Range: 'bytes=0-1,4-5' },
      { Range: 'bytes=0-3', 'If-Range': '"not-this-file"' },
      { Range: 'bytes=0-3', 'If-Range': before },
      { Range: 'bytes=0-3', 'If-Range': 'not a date' },
    ];
    for (const headers of cases) {
      const answer = await getFile(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.headers['content-range'], JSON.stringify(headers)).toBeUndefined();
      expect(answer.body.equals(fileBytes), JSON.stringify(headers)).toBe(true);
      await expectStillServes();
    }
  });

  it('answers 304 with no body when the client already has this version, and the whole file when it has another', async () => {
    const { etag, lastModified } = await validators();
    const unchanged: readonly Readonly<Record<string, string>>[] = [
      { 'If-None-Match': etag },
      { 'If-None-Match': '*' },
      { 'If-None-Match': `"some-other", ${etag}` },
      { 'If-None-Match': etag.replace(/^W\//u, '') },
      { 'If-Modified-Since': lastModified },
      { 'If-None-Match': etag, Range: 'bytes=2-1' },
    ];
    for (const headers of unchanged) {
      const answer = await getFile(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(304);
      expect(answer.body.length, JSON.stringify(headers)).toBe(0);
      await expectStillServes();
    }
    const changed: readonly Readonly<Record<string, string>>[] = [
      { 'If-None-Match': '"some-other"' },
      // If-None-Match decides when both are sent (RFC 9110 13.1.3).
      { 'If-None-Match': '"some-other"', 'If-Modified-Since': lastModified },
      { 'If-Modified-Since': 'not a date' },
    ];
    for (const headers of changed) {
      const answer = await getFile(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.body.equals(fileBytes), JSON.stringify(headers)).toBe(true);
      await expectStillServes();
    }
  });
});
