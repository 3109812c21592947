import { describe, expect, it } from 'vitest';
import { buildFrames } from '../../../common/show/frames';
import { clampState } from '../../../common/show/reducer';
import { initialState } from '../../../common/show/show-state';
import { SAMPLE_DECK } from '../../support/sample-deck';
import { createHarness } from '../../support/show-harness';

const LAST = buildFrames(SAMPLE_DECK, ['en', 'ko']).length - 1;

describe('navigation by a person', () => {
  it('moves one frame forward and back', () => {
    const show = createHarness();
    expect(show.run(1, { type: 'next' }).frame).toBe(1);
    expect(show.run(2, { type: 'next' }, { type: 'previous' }).frame).toBe(1);
  });

  it('stops at the first and the last frame instead of leaving the show', () => {
    const show = createHarness();
    const start = show.state;
    expect(show.run(1, { type: 'previous' })).toBe(start);
    const atEnd = show.run(2, { type: 'last' });
    expect(atEnd.frame).toBe(LAST);
    expect(show.run(3, { type: 'next' })).toBe(atEnd);
  });

  it('jumps to the first and last frames, and to a frame clamped to the show', () => {
    const show = createHarness();
    show.set({ frame: 3 });
    expect(show.run(1, { type: 'first' }).frame).toBe(0);
    expect(show.run(2, { type: 'last' }).frame).toBe(LAST);
    expect(show.run(3, { type: 'goToFrame', frame: 2 }).frame).toBe(2);
    expect(show.run(4, { type: 'goToFrame', frame: 999 }).frame).toBe(LAST);
  });

  it('restarts the elapsed time without moving the show', () => {
    const show = createHarness();
    show.set({ frame: 3 });
    const restarted = show.run(90_000, { type: 'restartTimer' });
    expect(restarted).toMatchObject({ frame: 3, startedAt: 90_000 });
  });

  it('goes to a slide by id and ignores an unknown id', () => {
    const show = createHarness();
    expect(show.run(1, { type: 'goToSlide', slideId: 'b', lang: 'ko' }).frame).toBe(3);
    const before = show.state;
    expect(show.run(2, { type: 'goToSlide', slideId: 'missing' })).toBe(before);
  });

  it('toggles the black screen without moving', () => {
    const show = createHarness();
    show.set({ frame: 2 });
    expect(show.run(1, { type: 'toggleBlank' })).toMatchObject({ frame: 2, blank: true });
    expect(show.run(2, { type: 'toggleBlank' })).toMatchObject({ frame: 2, blank: false });
  });

  it('brings the picture back on next or previous while black, without skipping a slide', () => {
    const show = createHarness();
    show.set({ frame: 2, blank: true });
    expect(show.run(1, { type: 'next' })).toMatchObject({ frame: 2, blank: false });
    show.set({ blank: true });
    expect(show.run(2, { type: 'previous' })).toMatchObject({ frame: 2, blank: false });
  });

  it('unblanks on the start button (F5) and does nothing when the picture is already up', () => {
    const show = createHarness();
    show.set({ frame: 1, blank: true });
    expect(show.run(1, { type: 'unblank' })).toMatchObject({ frame: 1, blank: false });
    const shown = show.state;
    expect(show.run(2, { type: 'unblank' })).toBe(shown);
  });

  it('leaves the black screen when jumping on purpose', () => {
    const show = createHarness();
    show.set({ frame: 2, blank: true });
    expect(show.run(1, { type: 'first' })).toMatchObject({ frame: 0, blank: false });
  });

  it('in in-place mode, moves by segment, starting each on its first language', () => {
    const show = createHarness({ mode: 'in-place' });
    show.set({ langTurn: 1 });
    expect(show.run(1, { type: 'next' })).toMatchObject({ frame: 1, langTurn: 0 });
  });
});

describe('alternation modes, switched live', () => {
  it('cycles sequence → in-place → stacked → single → sequence', () => {
    const show = createHarness();
    const modes = [1, 2, 3, 4].map((time) => {
      show.run(time, { type: 'cycleMode' });
      return show.show.settings.mode;
    });
    expect(modes).toEqual(['in-place', 'stacked', 'single', 'sequence']);
  });

  it('stays on the same slide and language when the mode changes', () => {
    const show = createHarness();
    show.run(1, { type: 'goToSlide', slideId: 'b', lang: 'ko' });
    expect(show.run(2, { type: 'setMode', mode: 'in-place' })).toMatchObject({ frame: 1, langTurn: 1 });
    expect(show.run(3, { type: 'setMode', mode: 'sequence' })).toMatchObject({ frame: 3 });
    expect(show.run(4, { type: 'setMode', mode: 'single' })).toMatchObject({ frame: 1 });
  });
});

describe('clampState', () => {
  it('brings a saved position back inside a shorter show', () => {
    const frames = buildFrames(SAMPLE_DECK, ['en', 'ko']);
    expect(clampState({ ...initialState(0, false), frame: 40 }, frames).frame).toBe(LAST);
  });
});
