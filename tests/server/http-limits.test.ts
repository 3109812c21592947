import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { limitHttpServer } from '../../server/http-limits';
import { projectPath } from '../support/project-content';
import { rawExchange, requestBytes, startHttpTestServer, type HttpTestServer } from '../support/show-server-harness';

/** Short, so the test is: the show server's own is 10 s. */
const HEADERS_TIMEOUT_MS = 2000;
/** How late Node may notice (it checks every quarter of the limit here), plus a busy machine's slack. */
const LATENESS_MS = HEADERS_TIMEOUT_MS / 4 + 1000;
const favicon = readFileSync(projectPath('dist/renderer/favicon.png'));

let running: HttpTestServer | undefined;
const opened: Socket[] = [];
afterEach(async () => {
  for (const socket of opened.splice(0)) socket.destroy();
  await running?.stop();
  running = undefined;
});

/** A client on its own connection; resolves `closed` with the milliseconds from its start to the server dropping it. */
function openClient(port: number): { socket: Socket; closed: Promise<number> } {
  const startedAt = Date.now();
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  opened.push(socket);
  return { socket, closed: new Promise((resolve) => socket.on('close', () => resolve(Date.now() - startedAt))) };
}

describe('limitHttpServer', () => {
  it('drops a client that sends its headers a byte a second, and one that says nothing, within the headers timeout, while answering another client meanwhile', async () => {
    running = await startHttpTestServer({ limits: { headersTimeoutMs: HEADERS_TIMEOUT_MS } });
    const { port } = running;
    const slow = openClient(port);
    const dripped = `GET /favicon.png HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: ${'a'.repeat(60)}`;
    let sent = 0;
    let midway: () => void = () => undefined;
    const dripping = new Promise<void>((resolve) => (midway = resolve));
    const drip = setInterval(() => {
      if (sent < dripped.length && !slow.socket.destroyed) slow.socket.write(dripped[sent++] ?? '');
      if (sent === 2) midway();
    }, 1000);
    slow.socket.write(dripped[sent++] ?? '');
    const silent = openClient(port);
    try {
      await dripping;
      const other = await rawExchange(port, requestBytes(port, 'GET', '/favicon.png'), 1000);
      expect(other.status).toBe(200);
      expect(other.body.equals(favicon)).toBe(true);
      const [slowDroppedAfter, silentDroppedAfter] = await Promise.all([slow.closed, silent.closed]);
      expect(slowDroppedAfter).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
      expect(slowDroppedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + LATENESS_MS);
      expect(silentDroppedAfter).toBeLessThan(HEADERS_TIMEOUT_MS + LATENESS_MS);
      // It was dropped while still sending, not after finishing a request.
      expect(sent).toBeLessThan(dripped.length);
    } finally {
      clearInterval(drip);
    }
  }, 15_000);

  it('drops a client whose headers are larger than Node takes, and serves the next one', async () => {
    running = await startHttpTestServer({ limits: { headersTimeoutMs: HEADERS_TIMEOUT_MS } });
    const { port } = running;
    const huge = await rawExchange(port, requestBytes(port, 'GET', '/favicon.png', { 'X-Huge': 'x'.repeat(64 * 1024) }));
    expect(huge.status).toBeNull();
    const next = await rawExchange(port, requestBytes(port, 'GET', '/favicon.png'));
    expect(next.status).toBe(200);
  });

  it('refuses a server that already listens, whose timeouts Node would no longer check in time', async () => {
    const late = createServer();
    await new Promise<void>((resolve) => late.listen(0, '127.0.0.1', resolve));
    try {
      expect(() => limitHttpServer(late)).toThrow(/before the server listens/u);
    } finally {
      await new Promise((resolve) => late.close(resolve));
    }
  });
});
