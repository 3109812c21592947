import { describe, expect, it } from 'vitest';
import { matchesExitKeys, parseExitKeys, type KeyInput } from '../../../common/host/exit-keys';

const press = (key: string, code: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  code,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...modifiers,
});

describe('parseExitKeys', () => {
  it('reads Ctrl+Shift+Q, in any case and with spaces', () => {
    expect(parseExitKeys('Ctrl+Shift+Q')).toEqual({ control: true, alt: false, shift: true, meta: false, controlOrMeta: false, key: 'q', code: 'KeyQ' });
    expect(parseExitKeys(' control + SHIFT + q ')).toEqual(parseExitKeys('Ctrl+Shift+Q'));
  });

  it('reads function keys, digits, named keys and CmdOrCtrl', () => {
    expect(parseExitKeys('Alt+F12')).toMatchObject({ alt: true, key: 'F12', code: 'F12' });
    expect(parseExitKeys('Ctrl+Alt+0')).toMatchObject({ key: '0', code: 'Digit0' });
    expect(parseExitKeys('Ctrl+Esc')).toMatchObject({ key: 'Escape', code: 'Escape' });
    expect(parseExitKeys('CmdOrCtrl+Shift+X')).toMatchObject({ controlOrMeta: true, control: false, meta: false });
  });

  it.each([
    ['a single key', 'Q'],
    ['a single function key', 'F5'],
    ['Shift alone with a key, which is only a capital letter', 'Shift+Q'],
    ['modifiers with no key', 'Ctrl+Shift'],
    ['two keys', 'Ctrl+Q+W'],
    ['a modifier twice', 'Ctrl+Control+Q'],
    ['a key Electron does not name', 'Ctrl+Banana'],
    ['a name every object answers to, as a modifier', 'Ctrl+constructor+Q'],
    ['a name every object answers to, as the key', 'Ctrl+__proto__'],
    ['nothing', ''],
  ])('refuses %s', (_name, text) => {
    expect(parseExitKeys(text)).toBeUndefined();
  });
});

describe('matchesExitKeys', () => {
  const ctrlShiftQ = parseExitKeys('Ctrl+Shift+Q');
  if (ctrlShiftQ === undefined) throw new Error('Ctrl+Shift+Q must parse');

  it('matches the combination pressed, whatever the case of the key', () => {
    expect(matchesExitKeys(ctrlShiftQ, press('Q', 'KeyQ', { control: true, shift: true }))).toBe(true);
    expect(matchesExitKeys(ctrlShiftQ, press('q', 'KeyQ', { control: true, shift: true }))).toBe(true);
  });

  it('matches by physical key while a Korean input method turns Q into ㅂ', () => {
    expect(matchesExitKeys(ctrlShiftQ, press('ㅃ', 'KeyQ', { control: true, shift: true }))).toBe(true);
  });

  it('does not match the key alone, a missing or extra modifier, a key release or a repeat', () => {
    expect(matchesExitKeys(ctrlShiftQ, press('q', 'KeyQ'))).toBe(false);
    expect(matchesExitKeys(ctrlShiftQ, press('Q', 'KeyQ', { control: true }))).toBe(false);
    expect(matchesExitKeys(ctrlShiftQ, press('Q', 'KeyQ', { control: true, shift: true, alt: true }))).toBe(false);
    expect(matchesExitKeys(ctrlShiftQ, { ...press('Q', 'KeyQ', { control: true, shift: true }), type: 'keyUp' })).toBe(false);
    expect(matchesExitKeys(ctrlShiftQ, { ...press('Q', 'KeyQ', { control: true, shift: true }), isAutoRepeat: true })).toBe(false);
  });

  it('takes Control or Command for CmdOrCtrl', () => {
    const keys = parseExitKeys('CmdOrCtrl+Shift+Q');
    if (keys === undefined) throw new Error('CmdOrCtrl+Shift+Q must parse');
    expect(matchesExitKeys(keys, press('Q', 'KeyQ', { meta: true, shift: true }))).toBe(true);
    expect(matchesExitKeys(keys, press('Q', 'KeyQ', { control: true, shift: true }))).toBe(true);
    expect(matchesExitKeys(keys, press('Q', 'KeyQ', { shift: true }))).toBe(false);
  });
});
