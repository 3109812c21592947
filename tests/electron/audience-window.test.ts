import { describe, expect, it } from 'vitest';
import { openAudienceWindow } from '../../electron/audience-window';
import { secureWebPreferences } from '../../electron/security';
import { FakeWindow, recordingLogger } from './support/fake-electron';

const PRIMARY = { x: 1920, y: 0, width: 3840, height: 2160 };

function open(loadError?: Error) {
  const log = recordingLogger();
  const created: FakeWindow[] = [];
  const window = openAudienceWindow({
    createWindow: (options) => {
      const made = new FakeWindow(options, undefined, loadError);
      created.push(made);
      return made;
    },
    primaryDisplayBounds: PRIMARY,
    preloadPath: '/app/dist/electron/preload.cjs',
    isPackaged: true,
    log,
  });
  return { window, created, log };
}

describe('audience window', () => {
  it('opens one black, fullscreen window over the primary display, with the locked-down preferences', () => {
    const { window, created } = open();
    expect(created).toEqual([window]);
    expect(window.options).toStrictEqual({
      ...PRIMARY,
      fullscreen: true,
      show: false,
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      title: 'Yeondae · 연대',
      webPreferences: secureWebPreferences('/app/dist/electron/preload.cjs', true),
    });
  });

  it('loads the app page', () => {
    expect(open().window.loadedUrl).toBe('app://yeondae/index.html');
  });

  it('stays hidden until the page is ready to show', () => {
    const { window } = open();
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('logs a page that cannot be loaded', async () => {
    const { log } = open(new Error('ERR_FILE_NOT_FOUND'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(log.lines).toEqual(['error: cannot load app://yeondae/index.html: Error: ERR_FILE_NOT_FOUND']);
  });

  it("reloads the page when its process is gone, so the show goes on", () => {
    const { window, log } = open();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window.webContents.reloads).toBe(1);
    expect(log.lines).toEqual(["error: the page's process is gone (crashed); reloading"]);
  });
});
