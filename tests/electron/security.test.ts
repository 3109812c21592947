import { afterEach, describe, expect, it } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../common/security/content-security-policy';
import { denyAllPermissions, guardWebContents, secureWebPreferences } from '../../electron/security';
import { FakeSession, FakeWebContents, fakeFrame, LAPTOP_SCREEN, PROJECTOR } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';
import { cleanUpHosts, readyHost } from './support/host-harness';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no DevTools once packaged', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs', true)).toStrictEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('allows DevTools only while developing', () => {
    expect(secureWebPreferences('preload.cjs', false).devTools).toBe(true);
  });
});

describe('guardWebContents', () => {
  const guarded = () => {
    const contents = new FakeWebContents();
    const log = recordingLogger();
    guardWebContents(contents, log);
    return { contents, log };
  };

  it.each(['will-navigate', 'will-redirect'] as const)('prevents %s to the web, to files and to other app pages', (event) => {
    const { contents, log } = guarded();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://yeondae/other.html', 'app://evil/index.html']) {
      expect(contents.attempt(event, url), url).toBe(true);
    }
    expect(log.lines).toHaveLength(4);
  });

  it.each(['will-navigate', 'will-redirect'] as const)('lets %s to the app page itself through', (event) => {
    const { contents, log } = guarded();
    expect(contents.attempt(event, 'app://yeondae/index.html')).toBe(false);
    expect(contents.attempt(event, 'app://yeondae/index.html?lang=ko#2')).toBe(false);
    expect(log.lines).toEqual([]);
  });

  it('prevents attaching a <webview>', () => {
    const { contents } = guarded();
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });

  it('denies every window.open, even of the app page', () => {
    const { contents } = guarded();
    for (const url of ['https://example.com/', 'app://yeondae/index.html']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request with false', () => {
    const session = new FakeSession();
    denyAllPermissions(session, recordingLogger());
    for (const permission of ['media', 'notifications', 'fullscreen', 'geolocation', 'openExternal']) {
      const answers: boolean[] = [];
      session.requestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
    }
  });

  it('answers every permission check with false', () => {
    const session = new FakeSession();
    denyAllPermissions(session, recordingLogger());
    expect(['media', 'clipboard-read', 'fullscreen'].map((permission) => session.checkHandler?.({}, permission))).toEqual([false, false, false]);
  });
});

describe('the windows the host opens', () => {
  afterEach(cleanUpHosts);
  // A packaged app on a laptop with a projector: an audience window and a presenter window.
  const packagedShow = () => readyHost({ displays: [LAPTOP_SCREEN, PROJECTOR], primaryId: LAPTOP_SCREEN.id, isPackaged: true });

  it('gives the audience and the presenter window the same locked-down preferences, without DevTools', async () => {
    const { audienceWindows, presenterWindows } = await packagedShow();
    const windows = [...audienceWindows(), ...presenterWindows()];
    expect(windows).toHaveLength(2);
    for (const window of windows) {
      expect(window.options?.webPreferences).toStrictEqual(secureWebPreferences('/app/dist/electron/preload.cjs', true));
      expect(window.options?.webPreferences.devTools).toBe(false);
    }
  });

  it('keeps both windows on the app: no navigation away, no new windows, no webview', async () => {
    const { audienceWindows, presenterWindows } = await packagedShow();
    for (const window of [...audienceWindows(), ...presenterWindows()]) {
      const contents = window.webContents;
      expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
      expect(contents.attempt('will-navigate', window.loadedUrl)).toBe(false);
      expect(contents.attempt('will-attach-webview')).toBe(true);
      expect(contents.windowOpenHandler?.({ url: 'app://yeondae/index.html?view=presenter' })).toEqual({ action: 'deny' });
    }
  });

  it('serves the presenter page with the same CSP header as the audience page', async () => {
    const { protocol } = await packagedShow();
    for (const url of ['app://yeondae/index.html', 'app://yeondae/index.html?view=presenter']) {
      const response = await protocol.handlers.get('app')?.(new Request(url));
      expect(response?.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('acts on commands from the presenter window, but not from a frame inside it', async () => {
    const { ipcMain, presenterWindows, show, log } = await packagedShow();
    const [presenter] = presenterWindows();
    ipcMain.send(fakeFrame('app://yeondae/index.html?view=presenter'), IPC.command, { type: 'next' });
    expect(show.store.getSnapshot().state.frame).toBe(0);
    expect(log.lines.at(-1)).toMatch(/^warn: refused yeondae:show:command: .* is not the main frame of a known window$/);
    ipcMain.send(presenter?.webContents.mainFrame ?? null, IPC.command, { type: 'next' });
    expect(show.store.getSnapshot().state.frame).toBe(1);
  });

  it('denies every permission and shows no menu', async () => {
    const { session, app } = await packagedShow();
    expect(session.defaultSession.checkHandler?.({}, 'fullscreen')).toBe(false);
    expect(app.calls).toContain('setApplicationMenu(null)');
  });
});
