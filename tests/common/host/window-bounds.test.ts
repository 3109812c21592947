import { describe, expect, it } from 'vitest';
import type { DisplayInfo } from '../../../common/host/display-plan';
import { audienceBounds, centredIn, presenterBounds } from '../../../common/host/window-bounds';

const DISPLAY: DisplayInfo = {
  id: 7,
  label: 'EPSON PJ',
  bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1920, y: 40, width: 1920, height: 1040 },
  internal: false,
  primary: false,
};

describe('window bounds', () => {
  it('fills the whole display for a fullscreen audience window', () => {
    expect(audienceBounds(DISPLAY, false)).toEqual(DISPLAY.bounds);
  });

  it('centres a 1280x720 rehearsal window in the work area', () => {
    expect(audienceBounds(DISPLAY, true)).toEqual({ x: 1920 + 320, y: 40 + 160, width: 1280, height: 720 });
  });

  it('gives a presenter on its own display the whole work area, and one sharing it a centred window', () => {
    expect(presenterBounds(DISPLAY, true)).toEqual(DISPLAY.workArea);
    expect(presenterBounds(DISPLAY, false)).toEqual({ x: 1920 + 410, y: 40 + 160, width: 1100, height: 720 });
  });

  it('shrinks a window to fit a small display', () => {
    expect(centredIn({ x: 0, y: 0, width: 1024, height: 600 }, { width: 1280, height: 720 })).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });
});
