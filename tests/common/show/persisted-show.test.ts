import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { parsePersistedShow, restoreShow, toPersistedShow } from '../../../common/show/persisted-show';
import { createShowStore } from '../../../common/show/show-store';
import { SAMPLE_DECK } from '../../support/sample-deck';

describe('the show across a restart', () => {
  it('comes back on the same slide, language and mode, looping if it was', () => {
    const store = createShowStore(SAMPLE_DECK, { ...DEFAULT_SETTINGS, autoLoop: true });
    store.dispatch({ type: 'goToSlide', slideId: 'b', lang: 'ko' });
    store.dispatch({ type: 'setMode', mode: 'in-place' });
    const saved = parsePersistedShow(JSON.parse(JSON.stringify(toPersistedShow(store.getSnapshot(), DEFAULT_SETTINGS))));
    store.dispose();
    expect(saved).toEqual({ version: 1, slideId: 'b', lang: 'ko', mode: 'in-place', languages: ['en', 'ko'], looping: true, blank: false, startedAt: store.getSnapshot().state.startedAt, basis: { mode: 'sequence', languages: ['en', 'ko'] } });
    const restored = restoreShow(saved!, SAMPLE_DECK, DEFAULT_SETTINGS, 5000);
    expect(restored.settings.mode).toBe('in-place');
    expect(restored.state).toMatchObject({ frame: 1, langTurn: 1, loop: 'running', shownAt: 5000 });
  });

  it('lets an organizer who changed the settings since win over the mode switched to live', () => {
    const saved = { version: 1, slideId: 'b', lang: 'ko', mode: 'in-place', languages: ['en', 'ko'], looping: false, blank: false, basis: { mode: 'sequence', languages: ['en', 'ko'] } } as const;
    const edited = restoreShow(saved, SAMPLE_DECK, { ...DEFAULT_SETTINGS, mode: 'stacked', languages: ['ko', 'en'] }, 0);
    expect(edited.settings).toMatchObject({ mode: 'stacked', languages: ['ko', 'en'] });
    expect(edited.state.frame).toBe(1);
    const unchanged = restoreShow(saved, SAMPLE_DECK, DEFAULT_SETTINGS, 0);
    expect(unchanged.settings.mode).toBe('in-place');
  });

  it('keeps the time the show started, so the elapsed time goes on after a restart', () => {
    let now = 1_000_000;
    const store = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS, { clock: { now: () => now, setTimer: () => () => undefined } });
    now += 60_000;
    store.dispatch({ type: 'next' });
    const saved = parsePersistedShow(JSON.parse(JSON.stringify(toPersistedShow(store.getSnapshot(), DEFAULT_SETTINGS))));
    store.dispose();
    const restored = restoreShow(saved!, SAMPLE_DECK, DEFAULT_SETTINGS, now + 5000);
    expect(restored.state.startedAt).toBe(1_000_000);
  });

  it('starts the elapsed time afresh when the saved start time is missing or broken, keeping the place', () => {
    const saved = parsePersistedShow({ version: 1, slideId: 'b', mode: 'sequence', languages: ['en', 'ko'], looping: false, blank: false, startedAt: 'noon' });
    const restored = restoreShow(saved!, SAMPLE_DECK, DEFAULT_SETTINGS, 7000);
    expect(restored.state).toMatchObject({ frame: 2, startedAt: 7000 });
  });

  it('starts at the first slide when the saved slide is gone from the content', () => {
    const saved = { version: 1, slideId: 'deleted', mode: 'sequence', languages: ['en', 'ko'], looping: false, blank: false } as const;
    expect(restoreShow(saved, SAMPLE_DECK, DEFAULT_SETTINGS, 0).state.frame).toBe(0);
  });

  it.each([
    [null],
    ['{'],
    [{ version: 2, slideId: 'a', mode: 'sequence', languages: ['en', 'ko'], looping: true, blank: false }],
    [{ version: 1, slideId: 'a', mode: 'sideways', languages: ['en', 'ko'], looping: true, blank: false }],
    [{ version: 1, slideId: 'a', mode: 'sequence', languages: ['en'], looping: true, blank: false }],
    [{ version: 1, slideId: 'a', mode: 'sequence', languages: ['en', 'ko'], looping: 'yes', blank: false }],
    [{ version: 1, slideId: 'a', lang: 'fr', mode: 'sequence', languages: ['en', 'ko'], looping: true, blank: false }],
  ])('ignores a malformed saved show %j', (value) => {
    expect(parsePersistedShow(value)).toBeUndefined();
  });
});
