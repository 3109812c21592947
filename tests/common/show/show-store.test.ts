import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { createShowStore } from '../../../common/show/show-store';
import { initialState } from '../../../common/show/show-state';
import { SAMPLE_DECK } from '../../support/sample-deck';

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createShowStore', () => {
  it('starts on the first frame with the picture up and the loop off, its elapsed time starting now', () => {
    expect(createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS).getSnapshot().state).toEqual({
      frame: 0,
      blank: false,
      langTurn: 0,
      loop: 'off',
      shownAt: 1_000_000,
      interactedAt: 1_000_000,
      startedAt: 1_000_000,
    });
  });

  it('starts looping when the settings ask for it', () => {
    expect(createShowStore(SAMPLE_DECK, { ...DEFAULT_SETTINGS, autoLoop: true }).getSnapshot().state.loop).toBe('running');
  });

  it('tells every subscriber about a change, with the whole snapshot', () => {
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS);
    const first = vi.fn();
    const second = vi.fn();
    store.subscribe(first);
    store.subscribe(second);
    store.dispatch({ type: 'next' });
    expect(first).toHaveBeenCalledWith({ deck: SAMPLE_DECK, settings: DEFAULT_SETTINGS, state: expect.objectContaining({ frame: 1 }), announcements: [] });
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when a command changes nothing', () => {
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'previous' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.dispatch({ type: 'next' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('resumes from a given state, clamped to the deck', () => {
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS, { initial: { ...initialState(0, false), frame: 99, blank: true } });
    expect(store.getSnapshot().state).toMatchObject({ frame: 5, blank: true });
  });

  it('builds its frames in the language order of its settings', () => {
    const store = createShowStore(SAMPLE_DECK, { ...DEFAULT_SETTINGS, languages: ['ko', 'en'] });
    store.dispatch({ type: 'goToSlide', slideId: 'a', lang: 'en' });
    expect(store.getSnapshot().state.frame).toBe(1);
  });

  it('advances by itself while looping, and stops its timer when disposed', () => {
    const store = createShowStore(SAMPLE_DECK, { ...DEFAULT_SETTINGS, autoLoop: true });
    // Every sample slide is short, so each stays up for the minimum (5 s).
    vi.advanceTimersByTime(12_000);
    expect(store.getSnapshot().state.frame).toBe(2);
    store.dispose();
    const frame = store.getSnapshot().state.frame;
    vi.advanceTimersByTime(600_000);
    expect(store.getSnapshot().state.frame).toBe(frame);
    expect(vi.getTimerCount()).toBe(0);
  });
});
