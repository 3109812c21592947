import { describe, expect, it } from 'vitest';
import { launcherFile, relaunchOptions } from '../../../common/host/relaunch-command';

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

describe('launcherFile', () => {
  it('is the AppImage only for an executable inside its mount: a terminal opened from another AppImage passes its variables on', () => {
    expect(launcherFile(inside)).toBe('/home/kiosk/Yeondae.AppImage');
    expect(launcherFile({ ...inside, execPath: '/opt/Yeondae/yeondae' })).toBeUndefined();
    expect(launcherFile({ ...inside, execPath: '/tmp/.mount_YeondaXYZother/yeondae' })).toBeUndefined();
    expect(launcherFile({ ...inside, env: { APPIMAGE: '', APPDIR: '/tmp/.mount_YeondaXYZ' } })).toBeUndefined();
    expect(launcherFile({ ...inside, env: { APPIMAGE: APPIMAGE.APPIMAGE } })).toBeUndefined();
  });

  it("is the portable .exe that unpacked the app, as electron-builder's portable launcher names it", () => {
    const env = { PORTABLE_EXECUTABLE_FILE: 'D:\\Yeondae-0.1.0-portable.exe', PORTABLE_EXECUTABLE_APP_FILENAME: 'Yeondae' };
    const unpacked = { execPath: 'C:\\Users\\kiosk\\AppData\\Local\\Temp\\2abc\\Yeondae.exe', commandLine: [], env };
    expect(launcherFile(unpacked)).toBe('D:\\Yeondae-0.1.0-portable.exe');
    expect(relaunchOptions(unpacked)).toEqual({ execPath: 'D:\\Yeondae-0.1.0-portable.exe', args: [] });
    expect(launcherFile({ ...unpacked, execPath: 'C:\\Program Files\\Other\\Other.exe' })).toBeUndefined();
  });
});
