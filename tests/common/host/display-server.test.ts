import { describe, expect, it } from 'vitest';
import { chooseDisplayServer, ozoneSwitchForLaunch, ozoneSwitchForLogin, planDisplayServer, switchValue } from '../../../common/host/display-server';

type Env = Record<string, string | undefined>;
const linux = (env: Env, commandLine: string[] = []) => ({ platform: 'linux', commandLine, env });
const GNOME_WAYLAND: Env = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' };

describe('chooseDisplayServer', () => {
  it('runs under X11 on Linux where an X server answers, Wayland desktops included (through XWayland)', () => {
    expect(chooseDisplayServer(linux(GNOME_WAYLAND))).toEqual({ forceX11: true, reason: 'a Wayland session: XWayland lets the windows be placed on a chosen display' });
    expect(chooseDisplayServer(linux({ DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' })).forceX11).toBe(true);
  });

  it('reads --ozone-platform from the command line as given, not from Chromium, which always has one (electron#48301)', () => {
    expect(chooseDisplayServer(linux(GNOME_WAYLAND, ['.', '--ozone-platform=wayland']))).toEqual({ forceX11: false, reason: '--ozone-platform=wayland was given' });
    expect(chooseDisplayServer(linux(GNOME_WAYLAND, ['--', '--ozone-platform=wayland'])).forceX11).toBe(true);
  });

  it('leaves Chromium to choose when YEONDAE_NATIVE_WAYLAND is set, or a hint other than x11 is given', () => {
    expect(chooseDisplayServer(linux({ ...GNOME_WAYLAND, YEONDAE_NATIVE_WAYLAND: '1' }))).toEqual({ forceX11: false, reason: 'YEONDAE_NATIVE_WAYLAND is set' });
    expect(chooseDisplayServer(linux({ ...GNOME_WAYLAND, YEONDAE_NATIVE_WAYLAND: '0' })).forceX11).toBe(true);
    expect(chooseDisplayServer(linux({ ...GNOME_WAYLAND, ELECTRON_OZONE_PLATFORM_HINT: 'auto' }))).toEqual({ forceX11: false, reason: 'the ozone platform hint is auto' });
    expect(chooseDisplayServer(linux(GNOME_WAYLAND, ['--ozone-platform-hint=wayland'])).forceX11).toBe(false);
    expect(chooseDisplayServer(linux({ ...GNOME_WAYLAND, ELECTRON_OZONE_PLATFORM_HINT: 'x11' })).forceX11).toBe(true);
  });

  it('does not force X11 where there is no X server, which would stop the app from starting', () => {
    expect(chooseDisplayServer(linux({ XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' })).forceX11).toBe(false);
  });

  it('does nothing on Windows and macOS', () => {
    expect(chooseDisplayServer({ platform: 'win32', commandLine: [], env: { DISPLAY: ':0' } }).forceX11).toBe(false);
    expect(chooseDisplayServer({ platform: 'darwin', commandLine: [], env: {} }).forceX11).toBe(false);
  });
});

describe('planDisplayServer', () => {
  it('relaunches under X11 when Chromium chose Wayland and X11 is wanted', () => {
    expect(planDisplayServer(linux(GNOME_WAYLAND), 'wayland')).toEqual({
      relaunchUnderX11: true,
      summary: 'Chromium chose wayland: relaunching under X11 (a Wayland session: XWayland lets the windows be placed on a chosen display)',
    });
    expect(planDisplayServer(linux(GNOME_WAYLAND), 'x11').relaunchUnderX11).toBe(false);
  });

  it('never relaunches twice: the relaunch carries --ozone-platform=x11, which then counts as given', () => {
    const relaunched = linux(GNOME_WAYLAND, ['.', '--ozone-platform=x11']);
    expect(planDisplayServer(relaunched, 'wayland')).toEqual({ relaunchUnderX11: false, summary: 'wayland (--ozone-platform=x11 was given)' });
  });
});

describe('ozone switches for launchers', () => {
  it('ozoneSwitchForLaunch gives the X11 switch only where X11 is wanted now', () => {
    expect(ozoneSwitchForLaunch(linux(GNOME_WAYLAND))).toBe('--ozone-platform=x11');
    expect(ozoneSwitchForLaunch(linux({ WAYLAND_DISPLAY: 'wayland-0' }))).toBeUndefined();
    expect(ozoneSwitchForLaunch({ platform: 'darwin', commandLine: [], env: {} })).toBeUndefined();
  });

  it('ozoneSwitchForLogin keeps the X11 switch without an X server now, and a platform or opt-out the person gave', () => {
    expect(ozoneSwitchForLogin(linux({}))).toBe('--ozone-platform=x11');
    expect(ozoneSwitchForLogin(linux({}, ['--ozone-platform=wayland']))).toBe('--ozone-platform=wayland');
    expect(ozoneSwitchForLogin(linux({ YEONDAE_NATIVE_WAYLAND: '1' }))).toBeUndefined();
    expect(ozoneSwitchForLogin({ platform: 'win32', commandLine: [], env: {} })).toBeUndefined();
  });
});

describe('switchValue', () => {
  it('reads Chromium switches as Chromium does: either dash form, the last one winning, none after --', () => {
    expect(switchValue(['-ozone-platform=x11', '--ozone-platform=wayland'], 'ozone-platform')).toBe('wayland');
    expect(switchValue(['--ozone-platform'], 'ozone-platform')).toBe('');
    expect(switchValue(['--ozone-platform-hint=auto'], 'ozone-platform')).toBeUndefined();
  });
});
