// Builds the .deb as `npm run package` does (electron-builder, the project's config, the
// offline fpm in tools/packaging), against a stand-in Electron that carries a fuse wire,
// looks inside it with dpkg-deb, installs it with dpkg (root on CI), checks where it put
// things, and removes it. Needs `npm run build` first (`npm test` does it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTOSTART_ENTRY_NAME } from '../../common/host/autostart-entry';
import { X11_SWITCH } from '../../common/host/display-server';
import { applyAutostart } from '../../electron/autostart';
import { LINUX_ICON_SIZES } from '../../tools/packaging/icon-files';
import { INSTALLED } from '../electron/support/fake-app';
import { recordingLogger } from '../support/recording-logger';
import { useScratchFolders } from '../support/scratch-folders';
import { createStandInElectron, fuseWire, packLinuxDir } from '../../tools/packaging/stand-in-electron';

const hasDpkgDeb = (() => {
  try {
    execFileSync('dpkg-deb', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const isRoot = process.getuid?.() === 0;
if (!hasDpkgDeb) console.warn('[packaging] skipping the .deb tests: dpkg-deb is not installed (sudo apt-get install dpkg); .ci/run installs it');

const scratch = useScratchFolders('yeondae-deb-')();
let deb = '';
const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });
/** Whether anything is at `path`, a dangling symbolic link included. */
const isPresent = (path: string): boolean => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** What electron-builder wrote into the output folder besides the installers: the unpacked app and its own notes. */
const NOT_AN_INSTALLER = /^(linux-unpacked|builder-debug\.yml|builder-effective-config\.yaml|\.icon-set)$/;
let installers: string[] = [];

beforeAll(async () => {
  if (!hasDpkgDeb) return;
  const electron = createStandInElectron(join(scratch, 'electron'), fuseWire());
  // The config's own Linux targets, as `npm run package` builds them, with no network.
  await packLinuxDir(electron, join(scratch, 'out'), 'configured');
  installers = readdirSync(join(scratch, 'out')).filter((name) => !NOT_AN_INSTALLER.test(name));
  deb = join(scratch, 'out', 'yeondae_0.1.0_amd64.deb');
}, 120_000);

describe.skipIf(!hasDpkgDeb)('the .deb', () => {
  it("is the one Linux installer `npm run package` builds, offline: no AppImage, which stops before main on Ubuntu 24.04 (electron#42510)", () => {
    expect(installers).toEqual(['yeondae_0.1.0_amd64.deb']);
  });

  it('names the app, its homepage and the libraries Electron needs', () => {
    const info = run('dpkg-deb', ['-I', deb]);
    expect(info).toMatch(/Package: yeondae\n/);
    expect(info).toMatch(/Version: 0\.1\.0\n/);
    expect(info).toMatch(/Depends: .*libgtk-3-0.*libnss3/);
    expect(info).toContain('Homepage: https://yeondae.invalid/');
  });

  it('sets up chrome-sandbox and the AppArmor profile in its maintainer scripts (Ubuntu 24.04)', () => {
    const control = join(scratch, 'control');
    run('dpkg-deb', ['-e', deb, control]);
    const postinst = readFileSync(join(control, 'postinst'), 'utf8');
    expect(postinst).toContain("chmod 4755 '/opt/Yeondae/chrome-sandbox'");
    expect(postinst).toContain("APPARMOR_PROFILE_SOURCE='/opt/Yeondae/resources/apparmor-profile'");
    expect(postinst).toContain("update-alternatives --install '/usr/bin/yeondae' 'yeondae' '/opt/Yeondae/yeondae'");
    expect(readFileSync(join(control, 'postrm'), 'utf8')).toContain('apparmor_parser --remove');
  });

  it('holds the app under /opt/Yeondae, its app.asar, the AppArmor profile, the menu entry (under X11) and the icon at each hicolor size', () => {
    const files = run('dpkg-deb', ['-c', deb]).split('\n').map((line) => line.split(/\s+/).slice(5).join(' '));
    for (const path of ['./opt/Yeondae/yeondae', './opt/Yeondae/chrome-sandbox', './opt/Yeondae/resources/app.asar', './opt/Yeondae/resources/apparmor-profile', './usr/share/applications/yeondae.desktop']) {
      expect(files, path).toContain(path);
    }
    // The hicolor sizes, each from build/icons (the size its PNG header states, not only its folder's name).
    const icons = files.filter((path) => path.startsWith('./usr/share/icons/'));
    expect(icons.filter((path) => !path.endsWith('/')).sort()).toEqual(LINUX_ICON_SIZES.map((size) => `./usr/share/icons/hicolor/${size}x${size}/apps/yeondae.png`).sort());
    const unpacked = join(scratch, 'files');
    run('dpkg-deb', ['-x', deb, unpacked]);
    for (const size of LINUX_ICON_SIZES) {
      const png = readFileSync(join(unpacked, `usr/share/icons/hicolor/${size}x${size}/apps/yeondae.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}x${size}`).toEqual([size, size]);
    }
    const entry = readFileSync(join(unpacked, 'usr/share/applications/yeondae.desktop'), 'utf8');
    expect(entry).toMatch(/^Icon=yeondae$/m);
    expect(entry).toMatch(new RegExp(`^Exec=/opt/Yeondae/yeondae ${X11_SWITCH} %U$`, 'm'));
    expect(run('dpkg-deb', ['-c', deb])).toMatch(/root\/root .* \.\/opt\/Yeondae\/yeondae/);
  });

  it('installs where the README says: the menu entry starts the installed app under X11, the fuses are flipped, an autostart entry starts the installed binary, and removing it leaves nothing behind', { timeout: 60_000 }, async () => {
    if (!isRoot) {
      console.warn('[packaging] not installing the .deb: dpkg -i needs root');
      return;
    }
    let leftAfterRemove: string[] = [];
    try {
      run('dpkg', ['-i', deb]);
      const binary = INSTALLED.linux ?? '';
      expect(binary).toBe('/opt/Yeondae/yeondae');
      expect(statSync(binary).mode & 0o111).not.toBe(0);
      expect(lstatSync('/usr/bin/yeondae').isSymbolicLink()).toBe(true);
      expect(realpathSync('/usr/bin/yeondae')).toBe(binary);
      const entry = readFileSync('/usr/share/applications/yeondae.desktop', 'utf8');
      expect(entry).toMatch(new RegExp(`^Exec=/opt/Yeondae/yeondae ${X11_SWITCH} %U$`, 'm'));
      // The postinst's rule: setuid only where user namespaces do not work.
      let userNamespaces = true;
      try {
        execFileSync('unshare', ['--user', 'true'], { stdio: 'ignore' });
      } catch {
        userNamespaces = false;
      }
      expect(statSync('/opt/Yeondae/chrome-sandbox').mode & 0o7777).toBe(userNamespaces ? 0o755 : 0o4755);
      // '0' (48) off, '1' (49) on: every fuse as tools/packaging/electron-fuses.ts sets it
      // (LoadBrowserProcessSpecificV8Snapshot keeps the stand-in's default).
      const wire = await getCurrentFuseWire(binary);
      const states = Object.entries(wire).filter(([key]) => key !== 'version').map(([, state]) => String.fromCharCode(Number(state)));
      expect(states.join('')).toBe('00001100');
      expect(listPackage('/opt/Yeondae/resources/app.asar', { isPack: false })).toContain('/dist/electron/main.cjs');
      // What --autostart on writes, by the host's own code, for the installed app (Electron's
      // execPath is the binary itself), and that its Exec starts what dpkg installed: the
      // stand-in says so as it refuses to run.
      const home = join(scratch, 'home');
      const log = recordingLogger();
      const packagedApp = { isPackaged: true, getAppPath: () => '/opt/Yeondae/resources/app.asar', setLoginItemSettings: () => undefined, getLoginItemSettings: () => ({ openAtLogin: false }) };
      applyAutostart('on', packagedApp, { execPath: binary, commandLine: [], env: { DISPLAY: ':0', HOME: home }, platform: 'linux' }, log);
      const autostart = readFileSync(join(home, '.config', 'autostart', AUTOSTART_ENTRY_NAME), 'utf8');
      const [exec = '', ...args] = /^Exec=(.*)$/m.exec(autostart)?.[1]?.split(' ') ?? [];
      expect([exec, ...args]).toEqual([binary, X11_SWITCH]);
      expect(spawnSync(exec, args, { encoding: 'utf8' }).stderr).toContain('stand-in Electron');
      expect(log.lines.filter((line) => !line.startsWith('info:'))).toEqual([]);
      expect(existsSync(readlinkSync('/etc/alternatives/yeondae'))).toBe(true);
    } finally {
      // What `apt remove` does (the README's way out); then purge, so nothing is left whatever failed.
      spawnSync('dpkg', ['--remove', 'yeondae'], { stdio: 'ignore' });
      leftAfterRemove = ['/opt/Yeondae', '/usr/bin/yeondae', '/etc/alternatives/yeondae', '/usr/share/applications/yeondae.desktop', '/usr/share/icons/hicolor/512x512/apps/yeondae.png', '/etc/apparmor.d/yeondae'].filter(isPresent);
      execFileSync('dpkg', ['--purge', 'yeondae'], { stdio: 'ignore' });
    }
    expect(leftAfterRemove).toEqual([]);
  });
});
