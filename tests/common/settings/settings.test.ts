import { describe, expect, it } from 'vitest';
import { checkSettings, DEFAULT_SETTINGS, settingField } from '../../../common/settings/settings';

/** Every name an object answers to without having it: `toString`, `constructor`, `__proto__`, … */
const OBJECT_MACHINERY = Object.getOwnPropertyNames(Object.prototype);

describe('checkSettings', () => {
  it.each(OBJECT_MACHINERY)('reports a setting named %s as unknown and keeps every default', (name) => {
    // As YAML reads `__proto__: 1`: an own key, not the object's prototype.
    const value = Object.defineProperty({}, name, { value: 1, enumerable: true });
    const checked = checkSettings(value);
    expect(checked.settings).toEqual(DEFAULT_SETTINGS);
    expect(checked.problems).toEqual([{ severity: 'warning', path: [name], message: expect.stringMatching(new RegExp(`^unknown setting "${name}" \\(known: languages, `)) }]);
  });

  it('still reads the good settings next to one named like object machinery', () => {
    const checked = checkSettings({ hasOwnProperty: 'x', mode: 'stacked' });
    expect(checked.settings.mode).toBe('stacked');
    expect(checked.problems.map((problem) => problem.path)).toEqual([['hasOwnProperty']]);
  });
});

describe('settingField', () => {
  it('knows only the settings, not the names every object answers to', () => {
    expect(settingField('mode')).toBeDefined();
    for (const name of OBJECT_MACHINERY) expect(settingField(name), name).toBeUndefined();
  });
});
