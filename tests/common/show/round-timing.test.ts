import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALTERNATION_MODES } from '../../../common/settings/show-settings';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { buildFrames } from '../../../common/show/frames';
import { roundRemainingMs } from '../../../common/show/round-timing';
import { createShowStore, type ShowStore } from '../../../common/show/show-store';
import { READING_DECK } from '../../support/reading-deck';

const DECK = READING_DECK;
const START = Date.UTC(2026, 10, 25, 12);

let store: ShowStore;
beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

const remaining = (): number | undefined => {
  const snapshot = store.getSnapshot();
  return roundRemainingMs(snapshot, DECK, buildFrames(DECK, snapshot.settings.languages, snapshot.settings.mode), Date.now());
};

describe('the time until the end of the round', () => {
  it.each(ALTERNATION_MODES)('is exactly when the loop comes back to the first slide, from any point of the round (%s)', (mode) => {
    store = createShowStore(DECK, { ...DEFAULT_SETTINGS, autoLoop: true, mode });
    vi.advanceTimersByTime(7_300);
    const left = remaining();
    expect(left).toBeGreaterThan(0);
    vi.advanceTimersByTime(left! - 1);
    expect(store.getSnapshot().state.frame).not.toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().state).toMatchObject({ frame: 0, langTurn: 0 });
  });

  it('is not given while the loop is off or the screen is black, when nothing counts down', () => {
    store = createShowStore(DECK, DEFAULT_SETTINGS);
    expect(remaining()).toBeUndefined();
    store.dispatch({ type: 'toggleLoop' });
    expect(remaining()).toBeGreaterThan(0);
    store.dispatch({ type: 'toggleBlank' });
    expect(remaining()).toBeUndefined();
  });
});
