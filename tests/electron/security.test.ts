import { describe, expect, it } from 'vitest';
import { denyAllPermissions, guardWebContents, secureWebPreferences } from '../../electron/security';
import { FakeSession, FakeWebContents, recordingLogger } from './support/fake-electron';

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
