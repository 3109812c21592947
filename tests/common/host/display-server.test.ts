import { describe, expect, it } from 'vitest';
import { chooseDisplayServer } from '../../../common/host/display-server';

const linux = (env: Record<string, string | undefined>, ozoneGiven = false) => chooseDisplayServer({ platform: 'linux', ozoneGiven, env });

describe('chooseDisplayServer', () => {
  it('runs under X11 on Linux where an X server answers, Wayland desktops included', () => {
    expect(linux({ DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' }).forceX11).toBe(true);
  });

  it('leaves Chromium to choose when --ozone-platform was given or YEONDAE_NATIVE_WAYLAND is set', () => {
    expect(linux({ DISPLAY: ':0' }, true)).toEqual({ forceX11: false, reason: '--ozone-platform was given' });
    expect(linux({ DISPLAY: ':0', YEONDAE_NATIVE_WAYLAND: '1' })).toEqual({ forceX11: false, reason: 'YEONDAE_NATIVE_WAYLAND is set' });
    expect(linux({ DISPLAY: ':0', YEONDAE_NATIVE_WAYLAND: '0' }).forceX11).toBe(true);
  });

  it('does not force X11 where there is no X server, which would stop the app from starting', () => {
    expect(linux({ WAYLAND_DISPLAY: 'wayland-0' }).forceX11).toBe(false);
  });

  it('does nothing on Windows and macOS', () => {
    expect(chooseDisplayServer({ platform: 'win32', ozoneGiven: false, env: { DISPLAY: ':0' } }).forceX11).toBe(false);
    expect(chooseDisplayServer({ platform: 'darwin', ozoneGiven: false, env: {} }).forceX11).toBe(false);
  });
});
