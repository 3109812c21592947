import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../common/security/content-security-policy';
import {
  contentTypeFor,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppFile,
  serveAppProtocol,
} from '../../electron/app-protocol';
import { useScratchFolders } from '../support/scratch-folders';
import { FakeProtocol } from './support/fake-electron';

const ROOT = join(tmpdir(), 'yeondae-renderer');

describe('resolveAppFile', () => {
  it('serves index.html for the app root and for its own name', () => {
    expect(resolveAppFile(ROOT, 'app://yeondae/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppFile(ROOT, 'app://yeondae/index.html?lang=ko#top')).toBe(join(ROOT, 'index.html'));
  });

  it('finds assets in subfolders, with encoded names decoded', () => {
    expect(resolveAppFile(ROOT, 'app://yeondae/assets/index-abc.js')).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveAppFile(ROOT, 'app://yeondae/assets/a%20b.css')).toBe(join(ROOT, 'assets', 'a b.css'));
  });

  it.each([
    ['an encoded slash after ..', 'app://yeondae/..%2fsecret.txt'],
    ['a climb from a subfolder', 'app://yeondae/assets/..%2f..%2fsecret.txt'],
    ['an absolute path smuggled in', 'app://yeondae/%2fetc%2fpasswd/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['a backslash climb', 'app://yeondae/..%5c..%5csecret.txt'],
    ['a NUL byte', 'app://yeondae/index.html%00.png'],
    ['a malformed escape', 'app://yeondae/%E0%A4%A'],
  ])('rejects path traversal and nonsense: %s', (_name, url) => {
    expect(resolveAppFile(ROOT, url)).toBeUndefined();
  });

  it('keeps dot segments inside the root, because URL parsing collapses them at the root', () => {
    expect(resolveAppFile(ROOT, 'app://yeondae/%2e%2e/secret.txt')).toBe(join(ROOT, 'secret.txt'));
    expect(resolveAppFile(ROOT, 'app://yeondae/assets/../../../secret.txt')).toBe(join(ROOT, 'secret.txt'));
  });

  it.each([
    ['another host', 'app://example/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['the web', 'https://yeondae/index.html'],
    ['not a URL', 'index.html'],
  ])('rejects URLs that are not the app: %s', (_name, url) => {
    expect(resolveAppFile(ROOT, url)).toBeUndefined();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/Pretendard.woff2', 'font/woff2'],
    ['assets/Pretendard.woff', 'font/woff'],
    ['icon.PNG', 'image/png'],
    ['logo.svg', 'image/svg+xml'],
    ['data.json', 'application/json; charset=utf-8'],
    ['notes.txt', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('gives %s the type %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });
});

describe('app protocol handler', () => {
  // A built renderer and, next to it, a file the page must never be able to read.
  const base = useScratchFolders('yeondae-protocol-')();
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Yeondae</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  const handle = createAppProtocolHandler(root);
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html with its type and the strict CSP header', async () => {
    const response = await get('app://yeondae/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Yeondae</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript, which Chromium requires of module scripts', async () => {
    const response = await get('app://yeondae/assets/index.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404, with the CSP, for a traversal to a file that exists outside the root', async () => {
    const response = await get('app://yeondae/..%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file, a folder and another host', async () => {
    for (const url of ['app://yeondae/missing.js', 'app://yeondae/assets/', 'app://other/index.html']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('answers 405 to anything but reading', async () => {
    expect((await get('app://yeondae/index.html', 'POST')).status).toBe(405);
  });
});

describe('app scheme registration', () => {
  it('registers app as standard, secure and fetchable', () => {
    const protocol = new FakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('handles the app scheme, and only it', async () => {
    const protocol = new FakeProtocol();
    serveAppProtocol(protocol, ROOT);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });
});
