import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../electron/security';
import { openShowWindow, type ShowWindowRequest } from '../../electron/show-window';
import { FakeWindow } from './support/fake-electron';
import { recordingLogger } from '../support/recording-logger';

const PROJECTOR = { x: 1920, y: 0, width: 3840, height: 2160 };
const AUDIENCE: ShowWindowRequest = { role: 'audience', bounds: PROJECTOR, fullscreen: true };

function open(request: ShowWindowRequest = AUDIENCE, loadError?: Error, platform = 'linux') {
  const log = recordingLogger();
  const created: FakeWindow[] = [];
  const window = openShowWindow(
    {
      createWindow: (options) => {
        const made = new FakeWindow(options, { loadError, platform });
        created.push(made);
        return made;
      },
      preloadPath: '/app/dist/electron/preload.cjs',
      isPackaged: true,
      log,
    },
    request,
  );
  return { window, created, log };
}

describe('show window', () => {
  it('opens the audience window black and fullscreen on its display, with the locked-down preferences', () => {
    const { window, created } = open();
    expect(created).toEqual([window]);
    expect(window.options).toStrictEqual({
      ...PROJECTOR,
      fullscreen: true,
      fullscreenable: true,
      resizable: true,
      show: false,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      title: 'Yeondae · 연대',
      webPreferences: secureWebPreferences('/app/dist/electron/preload.cjs', true),
    });
    expect(window.loadedUrl).toBe('app://yeondae/index.html');
  });

  it('opens the presenter view as a normal window with the same preferences, on the presenter page', () => {
    const { window } = open({ role: 'presenter', bounds: { x: 0, y: 0, width: 1100, height: 720 }, fullscreen: false });
    expect(window.options).toMatchObject({ fullscreen: false, resizable: true, title: 'Yeondae · 연대 — presenter' });
    expect(window.options?.webPreferences).toStrictEqual(open().window.options?.webPreferences);
    expect(window.loadedUrl).toBe('app://yeondae/index.html?view=presenter');
  });

  it('lets F put a windowed or presenter window fullscreen on macOS, where fullscreen: false alone would forbid it (native_window.cc)', async () => {
    for (const role of ['audience', 'presenter'] as const) {
      const { window } = open({ role, bounds: { x: 0, y: 0, width: 1280, height: 720 }, fullscreen: false }, undefined, 'darwin');
      const entered = new Promise((resolve) => window.once('enter-full-screen', resolve));
      window.setFullScreen(true);
      await entered;
      expect(window.isFullScreen(), role).toBe(true);
    }
  });

  it('on Linux is mapped at once when fullscreen, hidden or not (electron#20352), so its first frame is its black background', () => {
    const { window } = open();
    expect([window.shown, window.options?.backgroundColor]).toEqual([true, '#000000']);
  });

  it('shows a window that is not fullscreen once its page is ready to show', () => {
    const { window } = open({ role: 'presenter', bounds: { x: 0, y: 0, width: 1100, height: 720 }, fullscreen: false });
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('logs a page that cannot be loaded', async () => {
    const { log } = open(AUDIENCE, new Error('ERR_FILE_NOT_FOUND'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.lines).toEqual(['error: cannot load app://yeondae/index.html: Error: ERR_FILE_NOT_FOUND']);
  });
});
