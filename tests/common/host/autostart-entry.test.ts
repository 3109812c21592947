import { describe, expect, it } from 'vitest';
import { autostartEntry, autostartFolder, execArgument, loginCommand } from '../../../common/host/autostart-entry';

const PACKAGED = { platform: 'linux', isPackaged: true, appPath: '/opt/Yeondae/resources/app.asar', execPath: '/opt/Yeondae/yeondae', commandLine: [], env: {} };

describe('loginCommand', () => {
  it('starts the installed app with the X11 switch on Linux, and the AppImage from its file', () => {
    expect(loginCommand(PACKAGED)).toEqual({ exec: '/opt/Yeondae/yeondae', args: ['--ozone-platform=x11'] });
    const appImage = { ...PACKAGED, execPath: '/tmp/.mount_Y/yeondae', env: { APPIMAGE: '/home/k/Yeondae.AppImage', APPDIR: '/tmp/.mount_Y' } };
    expect(loginCommand(appImage).exec).toBe('/home/k/Yeondae.AppImage');
  });

  it('gives electron the app folder in development, and no switch off Linux', () => {
    const development = { ...PACKAGED, platform: 'win32', isPackaged: false, appPath: 'C:\\repo', execPath: 'C:\\repo\\electron.exe' };
    expect(loginCommand(development)).toEqual({ exec: 'C:\\repo\\electron.exe', args: ['C:\\repo'] });
  });
});

describe('autostartFolder', () => {
  it('is ~/.config/autostart, or autostart in an absolute XDG_CONFIG_HOME', () => {
    expect(autostartFolder({ HOME: '/home/kiosk' })).toBe('/home/kiosk/.config/autostart');
    expect(autostartFolder({ HOME: '/home/kiosk', XDG_CONFIG_HOME: '/srv/config/' })).toBe('/srv/config/autostart');
    expect(autostartFolder({ HOME: '/home/kiosk', XDG_CONFIG_HOME: 'relative' })).toBe('/home/kiosk/.config/autostart');
    expect(autostartFolder({})).toBeUndefined();
  });
});

describe('the autostart entry', () => {
  it('quotes and escapes Exec arguments as the Desktop Entry Specification asks', () => {
    expect(execArgument('/opt/Yeondae/yeondae')).toBe('/opt/Yeondae/yeondae');
    expect(execArgument('/home/kiosk/My Apps/Yeondae.AppImage')).toBe('"/home/kiosk/My Apps/Yeondae.AppImage"');
    expect(execArgument('100%')).toBe('100%%');
    expect(execArgument('a"b$c`d\\e')).toBe('"a\\\\"b\\\\$c\\\\`d\\\\\\\\e"');
  });

  it('runs the command, with no terminal', () => {
    const text = autostartEntry({ exec: '/home/kiosk/My Apps/Yeondae.AppImage', args: ['--ozone-platform=x11'] });
    expect(text.split('\n')).toContain('Exec="/home/kiosk/My Apps/Yeondae.AppImage" --ozone-platform=x11');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
    expect(text).toContain('\nTerminal=false\n');
  });
});
