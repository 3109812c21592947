import { describe, expect, it } from 'vitest';
import { actionForKey, isSwallowedKey } from '../../../common/input/keymap';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('actionForKey', () => {
  it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter'])('moves to the next frame on %j', (key) => {
    expect(actionForKey(press(key))).toEqual({ type: 'next' });
  });

  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'])('moves to the previous frame on %j', (key) => {
    expect(actionForKey(press(key))).toEqual({ type: 'previous' });
  });

  it('jumps to the first and last frames on Home and End', () => {
    expect(actionForKey(press('Home'))).toEqual({ type: 'first' });
    expect(actionForKey(press('End'))).toEqual({ type: 'last' });
  });

  it.each(['b', 'B', '.'])('toggles the black screen on %j, as clickers send it', (key) => {
    expect(actionForKey(press(key))).toEqual({ type: 'toggleBlank' });
  });

  it('toggles the auto-loop on A, cycles the alternation mode on M and opens the presenter view on S', () => {
    expect(actionForKey(press('a'))).toEqual({ type: 'toggleLoop' });
    expect(actionForKey(press('M'))).toEqual({ type: 'cycleMode' });
    expect(actionForKey(press('s'))).toEqual({ type: 'openPresenter' });
  });

  it('opens and closes the key help on ?', () => {
    expect(actionForKey(press('?'))).toEqual({ type: 'toggleHelp' });
  });

  it('toggles fullscreen on F', () => {
    expect(actionForKey(press('f'))).toEqual({ type: 'toggleFullscreen' });
  });

  it("treats the clicker's start button (F5) as bringing the picture back, and Esc as nothing", () => {
    expect(actionForKey(press('F5'))).toEqual({ type: 'unblank' });
    expect(actionForKey(press('Escape'))).toBeUndefined();
  });

  it('leaves shortcuts with Ctrl, Alt or Meta to the system', () => {
    expect(actionForKey(press('n', { ctrlKey: true }))).toBeUndefined();
    expect(actionForKey(press('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(actionForKey(press('b', { metaKey: true }))).toBeUndefined();
  });
});

describe('isSwallowedKey', () => {
  it('stops the browser from reloading on F5 or leaving on Esc or Backspace', () => {
    expect(isSwallowedKey(press('F5'))).toBe(true);
    expect(isSwallowedKey(press('Escape'))).toBe(true);
    expect(isSwallowedKey(press('Backspace'))).toBe(true);
  });

  it('leaves keys the show does not use to the browser', () => {
    expect(isSwallowedKey(press('Tab'))).toBe(false);
    expect(isSwallowedKey(press('q'))).toBe(false);
  });
});
