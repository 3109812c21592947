import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../common/security/content-security-policy';
import { startTestServer, type TestServer } from '../support/show-server-harness';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-http-');
let running: TestServer | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** A raw HTTP request, with the path sent exactly as written (no client-side normalising). */
function get(server: TestServer, path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; type: string; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: server.server.port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${server.server.port}` } }, (response) => {
      let body = '';
      response.setEncoding('latin1');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the show server over HTTP', () => {
  it('serves the audience and presenter pages, marked for the server, with the app protocol’s policy', async () => {
    running = await startTestServer({ dataFolder: scratch() });
    for (const path of ['/', '/presenter']) {
      const page = await get(running, path);
      expect(page.status, path).toBe(200);
      expect(page.type).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<meta name="yeondae-show-server" content="1" />');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('serves the built files with their content types, and answers HEAD without a body', async () => {
    running = await startTestServer({ dataFolder: scratch() });
    const page = await get(running, '/');
    const script = /src="\.\/(assets\/[^"]+\.js)"/u.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const js = await get(running, `/${script}`);
    expect(js.status).toBe(200);
    expect(js.type).toMatch(/^text\/javascript/u);
    const head = await get(running, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('never serves a file outside the renderer folder, however the path is written, and lists no folder', async () => {
    running = await startTestServer({ dataFolder: scratch() });
    const attempts = [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/assets/../../package.json',
      '/assets/..%2f..%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/%252e%252e/package.json',
      '/....//package.json',
      '/./../content/statement.yaml',
      '//etc/passwd',
      '/%00index.html',
      '/assets/',
      '/assets',
      '/licenses/',
    ];
    for (const path of attempts) {
      const response = await get(running, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toMatch(/"name": "yeondae"|segments:|root:|<a href/u);
    }
  });

  it('refuses other methods, and a Host that is not this computer (DNS rebinding)', async () => {
    running = await startTestServer({ dataFolder: scratch() });
    expect((await get(running, '/', { method: 'POST' })).status).toBe(405);
    expect((await get(running, '/', { host: 'evil.example:80' })).status).toBe(421);
    expect((await get(running, '/', { host: `localhost:${running.server.port}` })).status).toBe(200);
  });
});
