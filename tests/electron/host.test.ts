import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import type { ShowSnapshot } from '../../common/show/show-store';
import { runHost } from '../../electron/host';
import { FakeApp, FakeIpcMain, FakeProtocol, FakeSession, FakeWebContents, FakeWindow, recordingLogger } from './support/fake-electron';
import { TINY_CONTENT } from './support/tiny-deck';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An app folder as the packaged app has it: the built renderer and (unless broken) the content. */
function appFolder({ withContent }: { withContent: boolean }): string {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-app-'));
  folders.push(folder);
  mkdirSync(join(folder, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(folder, 'dist', 'renderer', 'index.html'), '<!doctype html>');
  if (withContent) cpSync('content', join(folder, 'content'), { recursive: true });
  return folder;
}

/** All of Electron the host touches, as fakes, and the host started on them (not yet ready). */
function start({ withContent = true, hasLock = true } = {}) {
  const app = new FakeApp(appFolder({ withContent }));
  app.hasLock = hasLock;
  const windows: FakeWindow[] = [];
  const electron = {
    app,
    protocol: new FakeProtocol(app.calls),
    session: { defaultSession: new FakeSession() },
    ipcMain: new FakeIpcMain(),
    menu: { setApplicationMenu: (menu: null) => void app.calls.push(`setApplicationMenu(${String(menu)})`) },
    screen: { getPrimaryDisplay: () => ({ bounds: { x: 0, y: 0, width: 1920, height: 1080 } }) },
    createWindow: (options: ConstructorParameters<typeof FakeWindow>[0]) => {
      const window = new FakeWindow(options);
      windows.push(window);
      return window;
    },
  };
  const log = recordingLogger();
  const running = runHost(electron, { preloadPath: '/app/dist/electron/preload.cjs', fallbackContent: TINY_CONTENT, log });
  return { ...electron, windows, log, running };
}

/** Started and ready, with its one window. */
async function ready(options?: Parameters<typeof start>[0]) {
  const host = start(options);
  host.app.becomeReady();
  const window = await host.running;
  if (window === undefined) throw new Error('the host opened no window');
  return { ...host, window };
}

describe('host', () => {
  it('registers the app scheme and enables the sandbox before the app is ready', async () => {
    const { app, windows, running } = start();
    await Promise.resolve();
    expect(app.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(windows).toEqual([]);
    app.becomeReady();
    await running;
    expect(app.calls.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'ready']);
  });

  it('quits without opening a window when another instance already runs', async () => {
    const { app, windows, running } = start({ hasLock: false });
    app.becomeReady();
    await expect(running).resolves.toBeUndefined();
    expect(app.calls).toContain('quit');
    expect(windows).toEqual([]);
  });

  it('once ready, serves the built renderer, denies permissions and removes the menu', async () => {
    const { protocol, session, app } = await ready();
    const response = await protocol.handlers.get('app')?.(new Request('app://yeondae/index.html'));
    expect(await response?.text()).toBe('<!doctype html>');
    const answers: boolean[] = [];
    session.defaultSession.requestHandler?.({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(app.calls).toContain('setApplicationMenu(null)');
  });

  it('opens one window, with the preload next to main', async () => {
    const { windows, window } = await ready();
    expect(windows).toEqual([window]);
    expect(window.options?.webPreferences.preload).toBe('/app/dist/electron/preload.cjs');
    expect(window.loadedUrl).toBe('app://yeondae/index.html');
  });

  it('keeps every web contents the app creates on the app', async () => {
    const { app } = await ready();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('runs one show from the content folder: a command from the window comes back to it as a snapshot', async () => {
    const { ipcMain, window } = await ready();
    const first = (await ipcMain.invoke(window.webContents.mainFrame, IPC.getSnapshot)) as ShowSnapshot;
    expect(first.deck.slides.length).toBeGreaterThan(TINY_CONTENT.deck.slides.length);
    ipcMain.send(window.webContents.mainFrame, IPC.command, { type: 'next' });
    const sent = window.webContents.sent.filter((message) => message.channel === IPC.snapshot);
    expect(sent.map(({ args }) => (args[0] as ShowSnapshot).state)).toEqual([{ frame: 1, blank: false }]);
  });

  it('runs the content built in when the content folder is broken, and logs why', async () => {
    const { ipcMain, window, log } = await ready({ withContent: false });
    const snapshot = (await ipcMain.invoke(window.webContents.mainFrame, IPC.getSnapshot)) as ShowSnapshot;
    expect(snapshot.deck).toEqual(TINY_CONTENT.deck);
    expect(log.lines.some((line) => line.includes('showing the content from the last build instead'))).toBe(true);
  });

  it('brings its window to the front when a second instance starts', async () => {
    const { app, window } = await ready();
    app.emit('second-instance');
    expect(window.focused).toBe(true);
  });

  it('quits once every window is closed', async () => {
    const { app } = await ready();
    app.emit('window-all-closed');
    expect(app.calls.at(-1)).toBe('quit');
  });
});
