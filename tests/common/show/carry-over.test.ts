import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/deck';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { carryOver, nearestRemainingSlide } from '../../../common/show/carry-over';
import { createShowStore } from '../../../common/show/show-store';
import { initialState } from '../../../common/show/show-state';

const slide = (id: string) => ({ id, kind: 'statement' as const, text: { en: `Slide ${id}.`, ko: `슬라이드 ${id}.` } });
const deckOf = (...ids: string[]): Deck => ({ languages: ['en', 'ko'], slides: ids.map(slide) });
const ABCD = deckOf('a', 'b', 'c', 'd');

describe('carrying the show over an edit of its content', () => {
  it('stays on the same slide, by id, in the same language, when slides are added before it or its text changes', () => {
    // Frame 3 is slide b in Korean.
    const show = { settings: DEFAULT_SETTINGS, state: { ...initialState(0, false), frame: 3 } };
    const edited: Deck = { languages: ['en', 'ko'], slides: [slide('new'), slide('a'), { ...slide('b'), text: { en: 'Slide b, fixed.', ko: '슬라이드 b.' } }, slide('c')] };
    const next = carryOver(show, ABCD, DEFAULT_SETTINGS, edited, DEFAULT_SETTINGS, 5);
    expect(next.state.frame).toBe(5);
    expect(next.state.shownAt).toBe(5);
  });

  it('keeps the moment the slide came up when nothing about its place changed, so the loop does not start it over', () => {
    const show = { settings: DEFAULT_SETTINGS, state: { ...initialState(100, true), frame: 2 } };
    expect(carryOver(show, ABCD, DEFAULT_SETTINGS, deckOf('a', 'b', 'c', 'd', 'e'), DEFAULT_SETTINGS, 900).state.shownAt).toBe(100);
  });

  it('moves to the nearest slide that remains when its slide was removed: the next one, else the one before', () => {
    expect(nearestRemainingSlide(ABCD, 1, deckOf('a', 'c', 'd'))).toBe('c');
    expect(nearestRemainingSlide(ABCD, 3, deckOf('a', 'b'))).toBe('b');
    expect(nearestRemainingSlide(ABCD, 1, deckOf('x'))).toBeUndefined();
    const show = { settings: DEFAULT_SETTINGS, state: { ...initialState(0, false), frame: 7 } };
    expect(carryOver(show, ABCD, DEFAULT_SETTINGS, deckOf('x'), DEFAULT_SETTINGS, 1).state.frame).toBe(0);
  });

  it('takes a setting the files changed, and keeps a mode switched live that the files did not change', () => {
    const live = { settings: { ...DEFAULT_SETTINGS, mode: 'stacked' as const }, state: initialState(0, false) };
    expect(carryOver(live, ABCD, DEFAULT_SETTINGS, ABCD, { ...DEFAULT_SETTINGS, slideMaxSeconds: 40 }, 1).settings).toMatchObject({ mode: 'stacked', slideMaxSeconds: 40 });
    expect(carryOver(live, ABCD, DEFAULT_SETTINGS, ABCD, { ...DEFAULT_SETTINGS, mode: 'single' }, 1).settings.mode).toBe('single');
  });

  it('is what the store does with replaceContent, telling its subscribers the new deck', () => {
    const store = createShowStore(ABCD, DEFAULT_SETTINGS);
    store.dispatch({ type: 'goToSlide', slideId: 'c' });
    const seen: Deck[] = [];
    store.subscribe((snapshot) => seen.push(snapshot.deck));
    const edited = deckOf('a', 'c', 'd');
    store.replaceContent(edited, DEFAULT_SETTINGS, DEFAULT_SETTINGS);
    expect(seen).toEqual([edited]);
    expect(store.getSnapshot().state.frame).toBe(2);
    store.dispose();
  });
});
