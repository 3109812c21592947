import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useScratchFolders } from '../support/scratch-folders';
import { cleanUpHosts, readyHost } from './support/host-harness';

afterEach(cleanUpHosts);
const scratch = useScratchFolders('yeondae-home-');

describe('starting at login on Linux', () => {
  it('--autostart on writes an XDG autostart entry in ~/.config/autostart, with the X11 switch', async () => {
    const home = scratch();
    const { log } = await readyHost({ argv: ['--autostart', 'on'], env: { DISPLAY: ':0', HOME: home }, isPackaged: true });
    const entry = join(home, '.config', 'autostart', 'yeondae.desktop');
    expect(readFileSync(entry, 'utf8').split('\n')).toContain('Exec=/opt/Yeondae/yeondae --ozone-platform=x11');
    expect(log.lines).toContain(`info: Yeondae starts when this user logs in (${entry})`);
  });

  it('writes nothing through setLoginItemSettings, which does nothing on Linux (browser_linux.cc)', async () => {
    const home = scratch();
    const { app } = await readyHost({ argv: ['--autostart', 'on'], env: { DISPLAY: ':0', HOME: home } });
    expect(app.calls.filter((call) => call.startsWith('setLoginItemSettings'))).toEqual([]);
    expect(readFileSync(join(home, '.config', 'autostart', 'yeondae.desktop'), 'utf8')).toMatch(/\nExec=\/opt\/Yeondae\/yeondae \S*yeondae-app-\S+ --ozone-platform=x11\n/);
  });

  it('keeps the entry on launches that do not mention it, and --autostart off removes it', async () => {
    const home = scratch();
    const env = { DISPLAY: ':0', HOME: home };
    const entry = join(home, '.config', 'autostart', 'yeondae.desktop');
    await readyHost({ argv: ['--autostart=on'], env });
    const quiet = await readyHost({ env });
    expect([existsSync(entry), quiet.log.lines.some((line) => line.includes('logs in'))]).toEqual([true, false]);
    const off = await readyHost({ argv: ['--autostart', 'off'], env });
    expect(existsSync(entry)).toBe(false);
    expect(off.log.lines).toContain(`info: Yeondae no longer starts at login (removed ${entry})`);
  });

  it('follows autostart: on in the settings file, under XDG_CONFIG_HOME when it is set', async () => {
    const config = scratch();
    await readyHost({ userSettings: 'autostart: on\n', env: { DISPLAY: ':0', HOME: scratch(), XDG_CONFIG_HOME: config } });
    expect(existsSync(join(config, 'autostart', 'yeondae.desktop'))).toBe(true);
  });

  it('logs an entry it cannot write, and runs the show all the same', async () => {
    const home = scratch();
    writeFileSync(join(home, '.config'), 'a file where a folder should be');
    const { log, audience } = await readyHost({ argv: ['--autostart', 'on'], env: { DISPLAY: ':0', HOME: home } });
    expect(log.lines.some((line) => line.startsWith('warn: cannot change starting at login: '))).toBe(true);
    expect(audience.loadedUrl).toBe('app://yeondae/index.html');
  });
});

describe('starting at login on Windows and macOS', () => {
  it('registers the executable and its arguments as the login item on Windows, the portable .exe for the portable build', async () => {
    const installed = await readyHost({ platform: 'win32', env: {}, argv: ['--autostart', 'on'], isPackaged: true });
    expect(installed.app.loginItem).toEqual({ openAtLogin: true, path: 'C:\\Users\\kiosk\\AppData\\Local\\Programs\\yeondae\\Yeondae.exe', args: [] });
    const env = { PORTABLE_EXECUTABLE_FILE: 'D:\\Yeondae-portable.exe', PORTABLE_EXECUTABLE_APP_FILENAME: 'Yeondae' };
    const execPath = 'C:\\Users\\kiosk\\AppData\\Local\\Temp\\2abc\\Yeondae.exe';
    const portable = await readyHost({ platform: 'win32', env, execPath, argv: ['--autostart', 'on'], isPackaged: true });
    expect(portable.app.loginItem).toMatchObject({ openAtLogin: true, path: 'D:\\Yeondae-portable.exe' });
    const off = await readyHost({ platform: 'win32', env: {}, argv: ['--autostart', 'off'], isPackaged: true });
    expect(off.app.loginItem.openAtLogin).toBe(false);
  });

  it('registers the app as a login item on macOS, and says so when the system quietly refuses (an unsigned app)', async () => {
    const accepted = await readyHost({ platform: 'darwin', env: {}, argv: ['--autostart', 'on'] });
    expect(accepted.app.loginItem).toEqual({ openAtLogin: true });
    expect(accepted.log.lines).toContain('info: Yeondae starts when this user logs in');
    const refused = await readyHost({ platform: 'darwin', env: {}, argv: ['--autostart', 'on'], loginItemsAccepted: false });
    expect(refused.log.lines).toContain('warn: the system did not add Yeondae to its login items; do it in its settings (see the README)');
  });
});
