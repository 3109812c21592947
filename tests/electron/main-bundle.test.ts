import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-protocol';
import { buildElectron } from '../../tools/build-electron';

// The built main bundle, run in plain Node with `electron` replaced by a recording stub
// (support/electron-stub.cjs): the one check that main.ts wires the real modules the
// way the unit tests assume, short of a real Electron binary.
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'yeondae-main-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An app folder laid out as the real one (dist/, content/), with the stub as its `electron`. */
async function appFolder(name: string, content: 'good' | 'broken'): Promise<string> {
  const app = join(scratch, name);
  await buildElectron({ outDir: join(app, 'dist', 'electron'), warn: () => undefined });
  mkdirSync(join(app, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>stub page</title>');
  mkdirSync(join(app, 'node_modules', 'electron'), { recursive: true });
  cpSync(join(import.meta.dirname, 'support', 'electron-stub.cjs'), join(app, 'node_modules', 'electron', 'index.js'));
  cpSync('content', join(app, 'content'), { recursive: true });
  if (content === 'broken') writeFileSync(join(app, 'content', 'statement.yaml'), 'segments: 5\n');
  return app;
}

/** Runs the bundle; returns what the stub saw and what main logged. */
async function start(app: string): Promise<{ seen: unknown[]; stderr: string }> {
  const { stdout, stderr } = await run(process.execPath, [join(app, 'dist', 'electron', 'main.cjs')], {
    env: { ...process.env, YEONDAE_STUB_APP_PATH: app },
    timeout: 20_000,
  });
  return { seen: JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as unknown[], stderr };
}

describe('the built main bundle', () => {
  let good: { app: string; seen: unknown[] };
  beforeAll(async () => {
    const app = await appFolder('good', 'good');
    good = { app, seen: (await start(app)).seen };
  }, 30_000);

  it('registers the app scheme and enables the sandbox before the app is ready', () => {
    expect(good.seen.slice(0, 3)).toEqual([
      { registerSchemesAsPrivileged: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }] },
      'app.enableSandbox',
      'ready',
    ]);
  });

  it('opens a sandboxed window whose preload is the bundle built next to main', () => {
    const created = good.seen.find((entry) => typeof entry === 'object' && entry !== null && 'BrowserWindow' in entry) as
      | { BrowserWindow: { webPreferences: { preload: string; sandbox: boolean } } }
      | undefined;
    const preload = join(good.app, 'dist', 'electron', 'preload.cjs');
    expect(created?.BrowserWindow.webPreferences).toMatchObject({ preload, sandbox: true, contextIsolation: true });
    expect(existsSync(preload)).toBe(true);
    expect(good.seen).toContainEqual({ loadURL: 'app://yeondae/index.html' });
    expect(good.seen).toContainEqual({ setApplicationMenu: null });
  });

  it('serves the built renderer from the app folder with the CSP header', () => {
    expect(good.seen).toContainEqual({ response: { status: 200, csp: CONTENT_SECURITY_POLICY, body: '<!doctype html><title>stub page</title>' } });
  });

  it('answers the window with the show from the content folder, on its first frame', () => {
    const answer = good.seen.find((entry) => typeof entry === 'object' && entry !== null && 'snapshot' in entry);
    expect(answer).toMatchObject({ snapshot: { state: { frame: 0, blank: false } } });
  });

  it('runs the content built into the bundle when the content folder is broken, and logs the problem', async () => {
    const { seen, stderr } = await start(await appFolder('broken', 'broken'));
    expect(stderr).toMatch(/\[yeondae\] .*statement\.yaml:1: error: /);
    expect(stderr).toContain('showing the content from the last build instead');
    const snapshot = (entries: unknown[]) => entries.find((entry) => typeof entry === 'object' && entry !== null && 'snapshot' in entry);
    expect(snapshot(seen)).toEqual(snapshot(good.seen));
  }, 30_000);
});
