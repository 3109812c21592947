import { symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { guardHandler, type FallibleHandler } from '../../server/handler-guard';
import { rawExchange, requestBytes, startHttpTestServer, type HttpTestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-http-failure-');
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** A renderer folder with one good file and one that is there but can never be read (a link to itself). */
function brokenRendererFolder(): string {
  const folder = scratch();
  writeFileSync(join(folder, 'index.html'), '<!doctype html><meta charset="utf-8" /><title>test</title>');
  writeFileSync(join(folder, 'good.txt'), 'good');
  symlinkSync('unreadable.png', join(folder, 'unreadable.png'));
  return folder;
}

async function startServer(rendererFolder: string): Promise<HttpTestServer> {
  const server = await startHttpTestServer({ rendererFolder });
  stops.push(() => server.stop());
  return server;
}

/** A bare server on 127.0.0.1 running `handle` behind the guard, and what the guard reported. */
async function startGuarded(handle: FallibleHandler): Promise<{ port: number; reports: { error: unknown; url: string | undefined }[] }> {
  const reports: { error: unknown; url: string | undefined }[] = [];
  const http: Server = createServer(guardHandler(handle, (error: unknown, request: IncomingMessage) => reports.push({ error, url: request.url })));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  stops.push(() => {
    http.closeAllConnections();
    return new Promise((resolve) => http.close(() => resolve()));
  });
  return { port: (http.address() as AddressInfo).port, reports };
}

describe('the show server when answering a request fails', () => {
  it('answers a file it cannot read with 500, says so in one network-log line a minute, and serves the other files', async () => {
    const server = await startServer(brokenRendererFolder());
    const ask = (path: string) => rawExchange(server.port, requestBytes(server.port, 'GET', path));
    const first = await ask('/unreadable.png');
    expect(first.status).toBe(500);
    expect(first.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(first.headers.etag).toBeUndefined();
    expect(server.log.lines).toHaveLength(1);
    expect(server.log.lines[0]).toMatch(/^warn: .*"\/unreadable\.png".*ELOOP/u);
    // No address: the read-along pages load the same files as the screens, and a reader is never named.
    expect(server.log.lines[0]).not.toContain('127.0.0.1');
    expect((await ask('/unreadable.png')).status).toBe(500);
    expect(server.log.lines).toHaveLength(1);
    const good = await ask('/good.txt');
    expect(good.status).toBe(200);
    expect(good.body.toString()).toBe('good');
  });

  it('answers 500 when the handler throws before answering', async () => {
    const { port, reports } = await startGuarded(() => {
      throw new Error('broken handler');
    });
    const answer = await rawExchange(port, requestBytes(port, 'GET', '/x'));
    expect(answer.status).toBe(500);
    expect(reports).toEqual([{ error: new Error('broken handler'), url: '/x' }]);
  });

  it('drops the connection when a stream fails after the headers went out, rather than leave the client waiting for the rest', async () => {
    const { port, reports } = await startGuarded((_request, response, fail) => {
      response.writeHead(200, { 'Content-Length': '1000' });
      response.write('the first bytes');
      const failing = new Readable({
        read() {
          this.destroy(new Error('the disk went away'));
        },
      });
      failing.on('error', fail);
      failing.pipe(response);
    });
    const answer = await rawExchange(port, requestBytes(port, 'GET', '/x'));
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('the first bytes');
    expect(reports).toEqual([{ error: new Error('the disk went away'), url: '/x' }]);
  });

  it('reports, and survives, an error the response itself emits: a write after its end', async () => {
    const { port, reports } = await startGuarded((_request, response) => {
      response.end('done');
      response.write('too late');
    });
    const answer = await rawExchange(port, requestBytes(port, 'GET', '/x'));
    expect(answer.status).toBe(200);
    await expect.poll(() => reports.length).toBe(1);
    expect((reports[0]?.error as NodeJS.ErrnoException).code).toBe('ERR_STREAM_WRITE_AFTER_END');
    expect((await rawExchange(port, requestBytes(port, 'GET', '/y'))).status).toBe(200);
  });
});
