import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { createShowStore } from '../../../common/show/show-store';
import { SAMPLE_DECK } from '../../support/sample-deck';

describe('createShowStore', () => {
  it('starts on the first frame with the picture up', () => {
    expect(createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS).getSnapshot().state).toEqual({ frame: 0, blank: false });
  });

  it('tells every subscriber about a change, with the whole snapshot', () => {
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS);
    const first = vi.fn();
    const second = vi.fn();
    store.subscribe(first);
    store.subscribe(second);
    store.dispatch({ type: 'next' });
    expect(first).toHaveBeenCalledWith({ deck: SAMPLE_DECK, settings: DEFAULT_SETTINGS, state: { frame: 1, blank: false } });
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
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS, { frame: 99, blank: true });
    expect(store.getSnapshot().state).toEqual({ frame: 5, blank: true });
  });

  it('builds its frames in the language order of its settings', () => {
    const store = createShowStore(SAMPLE_DECK, { ...DEFAULT_SETTINGS, languages: ['ko', 'en'] });
    store.dispatch({ type: 'goToSlide', slideId: 'a', lang: 'en' });
    expect(store.getSnapshot().state.frame).toBe(1);
  });
});
