import { describe, expect, it } from 'vitest';
import { appImageFile, relaunchOptions } from '../../../common/host/relaunch-command';

const APPIMAGE = { APPIMAGE: '/home/kiosk/Yeondae.AppImage', APPDIR: '/tmp/.mount_YeondaXYZ' };
const inside = { execPath: '/tmp/.mount_YeondaXYZ/yeondae', commandLine: ['--loop'], env: APPIMAGE };

describe('relaunchOptions', () => {
  it("leaves Electron's default (the same executable and arguments) when there is nothing to change", () => {
    expect(relaunchOptions({ execPath: '/opt/Yeondae/yeondae', commandLine: ['--loop'], env: {} })).toBeUndefined();
  });

  it('starts the AppImage file, not the executable in its temporary mount, with the same arguments', () => {
    expect(relaunchOptions(inside)).toEqual({ execPath: '/home/kiosk/Yeondae.AppImage', args: ['--loop'] });
  });

  it('adds arguments after those of this launch, the app folder first in development', () => {
    const development = { execPath: '/repo/node_modules/electron/dist/electron', commandLine: ['.', '--windowed'], env: {} };
    expect(relaunchOptions(development, ['--ozone-platform=x11'])).toEqual({ args: ['.', '--windowed', '--ozone-platform=x11'] });
    expect(relaunchOptions(inside, ['--ozone-platform=x11'])).toEqual({ execPath: '/home/kiosk/Yeondae.AppImage', args: ['--loop', '--ozone-platform=x11'] });
  });
});

describe('appImageFile', () => {
  it('is the AppImage only for an executable inside its mount: a terminal opened from another AppImage passes its variables on', () => {
    expect(appImageFile(inside)).toBe('/home/kiosk/Yeondae.AppImage');
    expect(appImageFile({ ...inside, execPath: '/opt/Yeondae/yeondae' })).toBeUndefined();
    expect(appImageFile({ ...inside, execPath: '/tmp/.mount_YeondaXYZother/yeondae' })).toBeUndefined();
    expect(appImageFile({ ...inside, env: { APPIMAGE: '', APPDIR: '/tmp/.mount_YeondaXYZ' } })).toBeUndefined();
    expect(appImageFile({ ...inside, env: { APPIMAGE: APPIMAGE.APPIMAGE } })).toBeUndefined();
  });
});
