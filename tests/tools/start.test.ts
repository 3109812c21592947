import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser, kioskArguments } from '../../tools/start/find-browser';
import { findElectron } from '../../tools/start/find-electron';
import { projectPath } from '../support/project-content';
import { freePort } from '../support/free-port';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-start-');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
});

describe('finding Electron without letting its package try to download it', () => {
  it('says the program is missing, and why, when npm install skipped or failed the download', () => {
    const project = scratch();
    mkdirSync(join(project, 'node_modules', 'electron'), { recursive: true });
    expect(findElectron(project, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toEqual({ missing: expect.stringContaining('ELECTRON_SKIP_BINARY_DOWNLOAD is set') });
    expect(findElectron(project, {})).toEqual({ missing: expect.stringContaining('could not download it') });
    writeFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect('missing' in findElectron(project, {})).toBe(true);
    mkdirSync(join(project, 'node_modules', 'electron', 'dist'));
    writeFileSync(join(project, 'node_modules', 'electron', 'dist', 'electron'), '');
    expect(findElectron(project, {})).toEqual({ path: join(project, 'node_modules', 'electron', 'dist', 'electron') });
  });
});

describe('finding a browser for the kiosk', () => {
  it('takes YEONDAE_BROWSER first, none when it says none, else the first Chromium-family browser in PATH order', () => {
    const present = new Set(['/opt/bin/google-chrome', '/usr/bin/chromium']);
    const exists = (path: string): boolean => present.has(path);
    expect(findBrowser('linux', { PATH: '/usr/bin:/opt/bin' }, exists)).toBe('/usr/bin/chromium');
    expect(findBrowser('linux', { PATH: '/opt/bin' }, exists)).toBe('/opt/bin/google-chrome');
    expect(findBrowser('linux', { PATH: '/usr/bin', YEONDAE_BROWSER: 'none' }, exists)).toBeUndefined();
    expect(findBrowser('linux', { PATH: '', YEONDAE_BROWSER: '/opt/bin/google-chrome' }, exists)).toBe('/opt/bin/google-chrome');
    expect(findBrowser('linux', { PATH: '/nowhere' }, exists)).toBeUndefined();
  });

  it('starts it fullscreen on the show, in its own profile, with no first-run or restore dialogs', () => {
    expect(kioskArguments('http://127.0.0.1:8765/', '/data/kiosk')).toEqual(
      expect.arrayContaining(['--kiosk', '--app=http://127.0.0.1:8765/', '--user-data-dir=/data/kiosk', '--no-first-run', '--disable-session-crashed-bubble']),
    );
  });
});

/** Runs `npm start`'s launcher with no Electron program, until `done` sees what it waits for in its output. */
function startWithoutElectron(env: Record<string, string>, port: number): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [projectPath('node_modules/tsx/dist/cli.mjs'), 'tools/start.ts', '--port', String(port)], {
    cwd: projectPath('.'),
    // As on a machine where the download failed (CI sets ELECTRON_SKIP_BINARY_DOWNLOAD, which words the first line otherwise).
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron', ELECTRON_SKIP_BINARY_DOWNLOAD: '', ...env },
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}


describe('npm start with Electron present', () => {
  it('starts Electron on the app, under X11 on a Linux desktop that has it, with the flags as given', async () => {
    const folder = scratch();
    const argsFile = join(folder, 'electron-args.txt');
    writeFileSync(join(folder, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n`);
    chmodSync(join(folder, 'electron'), 0o755);
    const child = spawn(process.execPath, [projectPath('node_modules/tsx/dist/cli.mjs'), 'tools/start.ts', '--loop'], {
      cwd: projectPath('.'),
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: folder, DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', YEONDAE_NATIVE_WAYLAND: '' },
    });
    children.push(child);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(readFileSync(argsFile, 'utf8').split('\n').filter(Boolean)).toEqual(process.platform === 'linux' ? ['.', '--ozone-platform=x11', '--loop'] : ['.', '--loop']);
  }, 60_000);
});

describe('npm start with no Electron program', () => {
  it('explains in two lines, then shows the show through the show server in a kiosk browser', async () => {
    const home = scratch();
    const argsFile = join(home, 'browser-args.txt');
    const fakeBrowser = join(home, 'fake-chromium');
    writeFileSync(fakeBrowser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n`);
    chmodSync(fakeBrowser, 0o755);
    const port = await freePort();
    const run = startWithoutElectron({ XDG_CONFIG_HOME: home, YEONDAE_BROWSER: fakeBrowser }, port);
    await expect.poll(() => existsSync(argsFile), { timeout: 45_000 }).toBe(true);
    const [first, second] = run.output().split('\n');
    expect(first).toMatch(/^Electron's own program is not installed: npm install could not download it/u);
    expect(second).toBe('Showing the show in a browser instead, through the show server (npm run serve).');
    const args = readFileSync(argsFile, 'utf8').split('\n');
    expect(args).toEqual(expect.arrayContaining(['--kiosk', `--app=http://127.0.0.1:${port}/`, `--user-data-dir=${join(home, 'Yeondae', 'kiosk-browser')}`]));
    const page = await fetch(`http://127.0.0.1:${port}/`).then((response) => response.text());
    expect(page).toContain('yeondae-show-server');
  }, 60_000);

  it('prints the address to open when no browser is found', async () => {
    const port = await freePort();
    const run = startWithoutElectron({ XDG_CONFIG_HOME: scratch(), YEONDAE_BROWSER: 'none' }, port);
    await expect.poll(run.output, { timeout: 45_000 }).toContain('open the audience address above in a browser');
    expect(run.output()).toContain(`audience   http://127.0.0.1:${port}/`);
  }, 60_000);
});
