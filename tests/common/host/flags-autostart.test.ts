import { describe, expect, it } from 'vitest';
import { parseFlags, usage } from '../../../common/host/flags';
import { checkSettings, DEFAULT_SETTINGS } from '../../../common/settings/settings';

describe('--autostart', () => {
  it('sets the autostart setting to on or off, and is listed by --help', () => {
    expect(checkSettings(parseFlags(['--autostart', 'on']).settingsOverrides).settings.autostart).toBe('on');
    expect(checkSettings(parseFlags(['--autostart=off']).settingsOverrides).settings.autostart).toBe('off');
    expect(usage()).toContain('--autostart on|off');
  });

  it('reports a missing or bad value, naming the flag, and changes nothing', () => {
    expect(parseFlags(['--autostart']).problems).toEqual(['--autostart needs a value: --autostart on|off']);
    const flags = parseFlags(['--autostart', 'maybe']);
    const checked = checkSettings(flags.settingsOverrides, DEFAULT_SETTINGS);
    expect([flags.written.autostart, checked.settings.autostart]).toEqual(['--autostart maybe', 'unchanged']);
  });
});
