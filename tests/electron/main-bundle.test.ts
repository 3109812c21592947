import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../common/security/content-security-policy';
import { buildElectron } from '../../tools/build-electron';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';

// The built main bundle, run in plain Node with `electron` replaced by a recording stub
// (support/electron-stub.cjs): the one check that main.ts wires the real modules the
// way the unit tests assume, short of a real Electron binary.
const run = promisify(execFile);
const scratch = useScratchFolders('yeondae-main-')();

/** An app folder laid out as the real one (dist/, content/), with the stub as its `electron`. */
async function appFolder(name: string, content: 'good' | 'broken'): Promise<string> {
  const app = join(scratch, name);
  await buildElectron({ outDir: join(app, 'dist', 'electron'), warn: () => undefined });
  mkdirSync(join(app, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>stub page</title>');
  mkdirSync(join(app, 'node_modules', 'electron'), { recursive: true });
  cpSync(join(import.meta.dirname, 'support', 'electron-stub.cjs'), join(app, 'node_modules', 'electron', 'index.js'));
  copyContentFolder(projectPath('content'), join(app, 'content'), content === 'broken' ? { 'statement.yaml': 'segments: 5\n' } : {});
  return app;
}

/** Runs the bundle with `flags`, on Linux in an X11 session unless `session` says otherwise; returns what the stub saw, what main printed and what it logged. */
async function start(app: string, flags: string[] = [], session: Record<string, string> = {}): Promise<{ seen: unknown[]; stdout: string; stderr: string }> {
  const x11 = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: '', YEONDAE_NATIVE_WAYLAND: '', ELECTRON_OZONE_PLATFORM_HINT: '' };
  // Electron's main runs Node with this mode, whatever the command line says (electron_browser_main_parts.cc).
  const { stdout, stderr } = await run(process.execPath, ['--unhandled-rejections=warn-with-error-code', join(app, 'dist', 'electron', 'main.cjs'), ...flags], {
    env: { ...process.env, YEONDAE_STUB_APP_PATH: app, YEONDAE_STUB_USER_DATA: join(app, 'data'), ...x11, ...session },
    timeout: 20_000,
  });
  return { seen: JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as unknown[], stdout, stderr };
}

const snapshotIn = (entries: unknown[]) => entries.find((entry) => typeof entry === 'object' && entry !== null && 'snapshot' in entry);

describe('the built main bundle', () => {
  let good: { app: string; seen: unknown[] };
  beforeAll(async () => {
    const app = await appFolder('good', 'good');
    good = { app, seen: (await start(app)).seen };
  }, 30_000);

  it('registers the app scheme and enables the sandbox before the app is ready, appending no switch', () => {
    expect(good.seen.slice(0, 3)).toEqual([
      { registerSchemesAsPrivileged: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }] },
      'app.enableSandbox',
      'ready',
    ]);
  });

  it('in a Wayland session, relaunches itself under X11 with its own command line before anything else', async () => {
    const { seen } = await start(good.app, ['--loop'], { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' });
    const main = join(good.app, 'dist', 'electron', 'main.cjs');
    expect(seen).toEqual([{ 'app.relaunch': { args: [main, '--loop', '--ozone-platform=x11'] } }, 'app.exit(0)']);
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
    expect(snapshotIn(good.seen)).toMatchObject({ snapshot: { state: { frame: 0, blank: false, loop: 'off' } } });
  });

  it('keeps the display awake', () => {
    expect(good.seen).toContainEqual({ powerSaveBlocker: 'prevent-display-sleep' });
  });

  it('writes its log, with times, to logs/yeondae.log in the data folder', () => {
    const log = readFileSync(join(good.app, 'data', 'logs', 'yeondae.log'), 'utf8');
    expect(log).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z info  display server: X11 \(an X11 session\)$/m);
    expect(log).toMatch(/ info  displays: audience on 1 "stub display"; presenter on none$/m);
  });

  it('logs an error thrown in main and a rejection nothing handled, and Electron shows no error box', async () => {
    const { seen, stderr } = await start(good.app, [], { YEONDAE_STUB_FAIL: 'once' });
    expect(seen).not.toContainEqual({ showErrorBox: 'A JavaScript error occurred in the main process' });
    expect(snapshotIn(seen)).toBeDefined();
    expect(stderr).toContain('[yeondae] uncaught error in the main process: Error: stub: thrown by a timer in main');
    expect(stderr).toContain('[yeondae] unhandled promise rejection in the main process: Error: stub: rejected in main');
    expect(stderr).not.toContain('UnhandledPromiseRejectionWarning');
    const log = readFileSync(join(good.app, 'data', 'logs', 'yeondae.log'), 'utf8');
    expect(log).toMatch(/ error uncaught error in the main process: Error: stub: thrown by a timer in main$/m);
  }, 30_000);

  it("relaunches the app through the show's recovery when errors keep coming in main", async () => {
    const { seen, stderr } = await start(await appFolder('storm', 'good'), [], { YEONDAE_STUB_FAIL: 'storm' });
    expect(seen.slice(-2)).toEqual([{ 'app.relaunch': null }, 'app.exit(0)']);
    expect(stderr).toContain('[yeondae] more than 10 errors in the main process within 60 s: relaunching the app');
  }, 30_000);

  it('prints the flags for --help and exits 0 without opening a window', async () => {
    const { seen, stdout } = await start(good.app, ['--help']);
    expect(stdout).toMatch(/^Usage: yeondae \[flags\]/);
    expect(seen).toEqual(['app.exit(0)']);
  });

  it('reads its flags: --loop starts the show looping, a bad --mode is logged and the show runs', async () => {
    const { seen, stderr } = await start(good.app, ['--loop', '--mode', 'banana']);
    expect(snapshotIn(seen)).toMatchObject({ snapshot: { state: { loop: 'running' } } });
    expect(stderr).toContain('[yeondae] command line: warning: --mode banana: mode must be one of sequence, in-place, stacked, single; keeping "sequence"');
  }, 30_000);

  it('runs the content built into the bundle when the content folder is broken, and logs the problem', async () => {
    const { seen, stderr } = await start(await appFolder('broken', 'broken'));
    expect(stderr).toMatch(/\[yeondae\] .*statement\.yaml:1: error: /);
    expect(stderr).toContain('showing the content from the last build instead');
    expect(snapshotIn(seen)).toEqual(snapshotIn(good.seen));
  }, 30_000);
});
