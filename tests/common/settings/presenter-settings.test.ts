import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../common/settings/settings';

describe('the uiLanguage setting', () => {
  it('follows the system unless the settings name English or Korean', () => {
    expect(checkSettings({}).settings.uiLanguage).toBe('system');
    expect(checkSettings({ uiLanguage: 'ko' }).settings.uiLanguage).toBe('ko');
    expect(checkSettings({ uiLanguage: 'en' }).settings.uiLanguage).toBe('en');
  });

  it('reports a language the view does not speak and keeps following the system', () => {
    const checked = checkSettings({ uiLanguage: 'korean' });
    expect(checked.settings.uiLanguage).toBe('system');
    expect(checked.problems).toEqual([{ severity: 'warning', path: ['uiLanguage'], message: 'uiLanguage must be one of system, en, ko; keeping "system"' }]);
  });
});
