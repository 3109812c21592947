import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST_SETTINGS } from '../../../common/settings/host-settings';
import { checkSettings, DEFAULT_SETTINGS } from '../../../common/settings/settings';

// The host's settings as part of the one schema (common/settings/host-settings.ts).
describe('host settings', () => {
  it('default to the external display, fullscreen, no mirror, Ctrl+Shift+Q, and starting at login left as it is', () => {
    expect(DEFAULT_HOST_SETTINGS).toEqual({ display: 'external', windowed: false, mirror: false, exitKeys: 'Ctrl+Shift+Q', autostart: 'unchanged' });
    expect(DEFAULT_SETTINGS).toMatchObject(DEFAULT_HOST_SETTINGS);
  });

  it('accept a display name, yes/no flags and a deliberate exit combination', () => {
    const checked = checkSettings({ display: ' Epson ', windowed: true, mirror: true, exitKeys: 'Ctrl+Alt+End' });
    expect(checked.problems).toEqual([]);
    expect(checked.settings).toMatchObject({ display: 'Epson', windowed: true, mirror: true, exitKeys: 'Ctrl+Alt+End' });
  });

  it('refuse an exit combination a single key or a clicker could press, keeping the one before', () => {
    const base = { ...DEFAULT_SETTINGS, exitKeys: 'Ctrl+Alt+X' };
    for (const exitKeys of ['Escape', 'Shift+Q', 'PageDown']) {
      const checked = checkSettings({ exitKeys }, base);
      expect(checked.settings.exitKeys, exitKeys).toBe('Ctrl+Alt+X');
      expect(checked.problems[0]?.message, exitKeys).toMatch(/^exitKeys must be a key combination with Ctrl, Alt or Meta/);
    }
  });

  it('take autostart as on or off, or as a yes/no in a settings file, and refuse anything else', () => {
    expect(checkSettings({ autostart: 'on' }).settings.autostart).toBe('on');
    expect(checkSettings({ autostart: false }).settings.autostart).toBe('off');
    const checked = checkSettings({ autostart: 'sometimes' }, { ...DEFAULT_SETTINGS, autostart: 'on' });
    expect(checked.settings.autostart).toBe('on');
    expect(checked.problems[0]?.message).toBe('autostart must be on or off; keeping "on"');
  });

  it('refuse an empty display and a windowed that is not yes or no', () => {
    const checked = checkSettings({ display: '  ', windowed: 'sometimes' });
    expect(checked.problems.map((problem) => problem.path)).toEqual([['display'], ['windowed']]);
  });
});
