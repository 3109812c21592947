import { describe, expect, it } from 'vitest';
import { describeDisplay, leftToRight, planDisplays, type DisplayInfo } from '../../../common/host/display-plan';

/** A display `width` wide at `x`; 1080 high, work area 40 px shorter for a task bar. */
function display(id: number, label: string, x: number, extra: Partial<DisplayInfo> = {}): DisplayInfo {
  return {
    id,
    label,
    bounds: { x, y: 0, width: 1920, height: 1080 },
    workArea: { x, y: 0, width: 1920, height: 1040 },
    internal: false,
    primary: false,
    ...extra,
  };
}

// A laptop with its own screen on the left and a projector to its right.
const LAPTOP = display(1, 'Built-in Retina Display', 0, { internal: true, primary: true });
const PROJECTOR = display(2, 'EPSON PJ', 1920);
const TV = display(3, 'LG TV', -1920);
const ids = (displays: readonly DisplayInfo[]) => displays.map((each) => each.id);
const plan = (displays: readonly DisplayInfo[], displaySetting = 'external', mirror = false) => planDisplays(displays, { display: displaySetting, mirror });

describe('leftToRight', () => {
  it('orders displays by their left edge, then their top edge', () => {
    const below = display(4, 'below', 0, { bounds: { x: 0, y: 1080, width: 1920, height: 1080 } });
    expect(ids(leftToRight([PROJECTOR, below, LAPTOP, TV]))).toEqual([3, 1, 4, 2]);
  });
});

describe('planDisplays', () => {
  it('shows the audience view on the only display, with no display left for the presenter', () => {
    expect(plan([LAPTOP])).toEqual({ audience: LAPTOP, mirrors: [], presenter: undefined, problem: undefined });
  });

  it('by default puts the audience on the external display and the presenter on the laptop', () => {
    expect(plan([LAPTOP, PROJECTOR])).toMatchObject({ audience: PROJECTOR, presenter: LAPTOP, problem: undefined });
  });

  it('takes a projector made primary as the external display', () => {
    const primaryProjector = { ...PROJECTOR, primary: true };
    const laptop = { ...LAPTOP, primary: false };
    expect(plan([laptop, primaryProjector])).toMatchObject({ audience: primaryProjector, presenter: laptop });
  });

  it('on a desktop with two monitors, takes the one that is not primary as external', () => {
    const main = display(1, 'DELL', 0, { primary: true });
    expect(plan([main, PROJECTOR])).toMatchObject({ audience: PROJECTOR, presenter: main });
  });

  it('finds a display by part of its name, in any case', () => {
    expect(plan([LAPTOP, PROJECTOR, TV], 'lg tv')?.audience).toBe(TV);
    expect(plan([LAPTOP, PROJECTOR, TV], 'Epson')?.audience).toBe(PROJECTOR);
  });

  it('counts 1, 2, left and right from the left', () => {
    const three = [LAPTOP, PROJECTOR, TV];
    expect(ids([1, 2, 3].map((n) => plan(three, String(n))?.audience ?? LAPTOP))).toEqual([3, 1, 2]);
    expect(plan(three, 'left')?.audience).toBe(TV);
    expect(plan(three, 'right')?.audience).toBe(PROJECTOR);
  });

  it('takes the leftmost of several external displays by default', () => {
    expect(plan([LAPTOP, PROJECTOR, TV])?.audience).toBe(TV);
  });

  it('honours primary even when an external display exists', () => {
    expect(plan([LAPTOP, PROJECTOR], 'primary')).toMatchObject({ audience: LAPTOP, presenter: PROJECTOR });
  });

  it('falls back to the default, and says why, when the setting names no connected display', () => {
    expect(plan([LAPTOP, PROJECTOR], '3')).toMatchObject({
      audience: PROJECTOR,
      problem: 'display: display 3 is not connected (there are 2 displays); showing on display 2 "EPSON PJ"',
    });
    expect(plan([LAPTOP], 'Epson')).toMatchObject({
      audience: LAPTOP,
      problem: 'display: no display is named like "Epson" (connected: "Built-in Retina Display"); showing on display 1 "Built-in Retina Display"',
    });
  });

  it('gives the presenter the primary or built-in display among those left over', () => {
    expect(plan([LAPTOP, PROJECTOR, TV], 'Epson')?.presenter).toBe(LAPTOP);
    expect(plan([LAPTOP, PROJECTOR, TV], 'primary')?.presenter).toBe(TV);
  });

  it('with mirror, shows the audience view on every display and leaves none for the presenter', () => {
    expect(plan([LAPTOP, PROJECTOR, TV], 'Epson', true)).toEqual({ audience: PROJECTOR, mirrors: [TV, LAPTOP], presenter: undefined, problem: undefined });
  });

  it('has no plan while there is no display at all', () => {
    expect(plan([])).toBeUndefined();
  });
});

describe('describeDisplay', () => {
  it('names a display by its position and label, or by its position alone', () => {
    expect(describeDisplay(PROJECTOR, leftToRight([PROJECTOR, LAPTOP]))).toBe('2 "EPSON PJ"');
    expect(describeDisplay({ ...PROJECTOR, label: '' }, [LAPTOP, { ...PROJECTOR, label: '' }])).toBe('2');
  });
});
