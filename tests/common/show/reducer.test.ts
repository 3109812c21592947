import { describe, expect, it } from 'vitest';
import type { ShowCommand } from '../../../common/show/commands';
import { buildFrames } from '../../../common/show/frames';
import { clampState, INITIAL_STATE, showReducer, type ShowState } from '../../../common/show/reducer';
import { SAMPLE_DECK } from '../../support/sample-deck';

const context = { deck: SAMPLE_DECK, frames: buildFrames(SAMPLE_DECK, ['en', 'ko']) };
const LAST = context.frames.length - 1;
const run = (state: ShowState, ...commands: ShowCommand[]): ShowState =>
  commands.reduce((current, command) => showReducer(current, command, context), state);

describe('showReducer', () => {
  it('moves one frame forward and back', () => {
    expect(run(INITIAL_STATE, { type: 'next' }).frame).toBe(1);
    expect(run(INITIAL_STATE, { type: 'next' }, { type: 'next' }, { type: 'previous' }).frame).toBe(1);
  });

  it('stops at the first and the last frame instead of leaving the show', () => {
    expect(run(INITIAL_STATE, { type: 'previous' })).toBe(INITIAL_STATE);
    const atEnd = run(INITIAL_STATE, { type: 'last' });
    expect(atEnd.frame).toBe(LAST);
    expect(run(atEnd, { type: 'next' })).toBe(atEnd);
  });

  it('jumps to the first and last frames', () => {
    expect(run({ frame: 3, blank: false }, { type: 'first' }).frame).toBe(0);
    expect(run({ frame: 3, blank: false }, { type: 'last' }).frame).toBe(LAST);
  });

  it('goes to a frame, clamped to the show', () => {
    expect(run(INITIAL_STATE, { type: 'goToFrame', frame: 2 }).frame).toBe(2);
    expect(run(INITIAL_STATE, { type: 'goToFrame', frame: 999 }).frame).toBe(LAST);
  });

  it('goes to a slide by id and ignores an unknown id', () => {
    expect(run(INITIAL_STATE, { type: 'goToSlide', slideId: 'b', lang: 'ko' }).frame).toBe(3);
    expect(run(INITIAL_STATE, { type: 'goToSlide', slideId: 'missing' })).toBe(INITIAL_STATE);
  });

  it('toggles the black screen without moving', () => {
    const blank = run({ frame: 2, blank: false }, { type: 'toggleBlank' });
    expect(blank).toEqual({ frame: 2, blank: true });
    expect(run(blank, { type: 'toggleBlank' })).toEqual({ frame: 2, blank: false });
  });

  it('brings the picture back on next or previous while black, without skipping a slide', () => {
    const blank: ShowState = { frame: 2, blank: true };
    expect(run(blank, { type: 'next' })).toEqual({ frame: 2, blank: false });
    expect(run(blank, { type: 'previous' })).toEqual({ frame: 2, blank: false });
  });

  it('unblanks on the start button and does nothing when the picture is already up', () => {
    expect(run({ frame: 1, blank: true }, { type: 'unblank' })).toEqual({ frame: 1, blank: false });
    const shown: ShowState = { frame: 1, blank: false };
    expect(run(shown, { type: 'unblank' })).toBe(shown);
  });

  it('leaves the black screen when jumping on purpose', () => {
    expect(run({ frame: 2, blank: true }, { type: 'first' })).toEqual({ frame: 0, blank: false });
  });
});

describe('clampState', () => {
  it('brings a saved position back inside a shorter show', () => {
    expect(clampState({ frame: 40, blank: false }, context.frames)).toEqual({ frame: LAST, blank: false });
  });
});
