import { describe, expect, it } from 'vitest';
import { X11_SWITCH } from '../../common/host/display-server';
import config from '../../electron-builder.config';

describe('the Linux desktop entry', () => {
  it('starts the app with the X11 switch, so Chromium settles on X11 before the app runs, with no relaunch', () => {
    // electron-builder writes these into Exec= of the .deb's menu entry (LinuxTargetHelper).
    expect(config.linux?.executableArgs).toEqual([X11_SWITCH]);
  });
});
