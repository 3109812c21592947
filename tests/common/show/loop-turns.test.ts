import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALTERNATION_MODES } from '../../../common/settings/show-settings';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { loopTurns, roundMs, turnKey } from '../../../common/show/loop-turns';
import { readingTimeMs } from '../../../common/show/reading-time';
import { createShowStore } from '../../../common/show/show-store';
import { visibleLanguages } from '../../../common/show/show-model';
import { buildFrames } from '../../../common/show/frames';
import { READING_DECK } from '../../support/reading-deck';

const DECK = READING_DECK;
const START = Date.UTC(2026, 10, 25, 12);
const time = (text: string, lang: 'en' | 'ko') => readingTimeMs(text, lang, DEFAULT_SETTINGS);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

/** What the show's own store puts on screen over one round of its running loop, and for how long each. */
function storeRound(mode: (typeof ALTERNATION_MODES)[number]): { key: string; durationMs: number }[] {
  const settings = { ...DEFAULT_SETTINGS, autoLoop: true, mode };
  const store = createShowStore(DECK, settings);
  const frames = buildFrames(DECK, settings.languages, mode);
  const keyNow = (): string => {
    const { state } = store.getSnapshot();
    const frame = frames[state.frame];
    return frame === undefined ? '' : `${DECK.slides[frame.slideIndex]?.id}:${visibleLanguages(frame, state, mode).join('+')}`;
  };
  const shown: { key: string; since: number }[] = [{ key: keyNow(), since: Date.now() }];
  store.subscribe(() => shown.push({ key: keyNow(), since: Date.now() }));
  // Until the loop is back on its first frame and turn: one round.
  while (shown.length < 2 || store.getSnapshot().state.frame !== 0 || store.getSnapshot().state.langTurn !== 0) vi.advanceTimersToNextTimer();
  store.dispose();
  return shown.slice(0, -1).map((entry, index) => ({ key: entry.key, durationMs: (shown[index + 1]?.since ?? 0) - entry.since }));
}

describe('the turns of one round of the loop', () => {
  it('are one a frame in sequence mode, each language of a slide in turn, for its reading time', () => {
    const turns = loopTurns(DECK, DEFAULT_SETTINGS);
    expect(turns.map((turn) => [turnKey(turn), turn.durationMs])).toEqual([
      ['long:en', time('E'.repeat(130), 'en')],
      ['long:ko', time('가'.repeat(90), 'ko')],
      ['mid:en', time('E'.repeat(80), 'en')],
      ['mid:ko', time('가'.repeat(60), 'ko')],
      ['end:ko', time('Free Free Palestine!', 'ko')],
    ]);
    expect(turns.map((turn) => [turn.frame, turn.langTurn])).toEqual([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]]);
  });

  it('take each language of a frame in turn in in-place mode, on the one frame', () => {
    const turns = loopTurns(DECK, { ...DEFAULT_SETTINGS, mode: 'in-place' });
    expect(turns.map((turn) => [turnKey(turn), turn.frame, turn.langTurn])).toEqual([
      ['long:en', 0, 0],
      ['long:ko', 0, 1],
      ['mid:en', 1, 0],
      ['mid:ko', 1, 1],
      ['end:ko', 2, 0],
    ]);
  });

  it('keep a stacked frame up for as long as its slowest language needs', () => {
    const [first] = loopTurns(DECK, { ...DEFAULT_SETTINGS, mode: 'stacked' });
    expect(first).toMatchObject({ slideId: 'long', langs: ['en', 'ko'], durationMs: Math.max(time('E'.repeat(130), 'en'), time('가'.repeat(90), 'ko')) });
  });

  it('follow the order of the languages in the settings', () => {
    expect(loopTurns(DECK, { ...DEFAULT_SETTINGS, languages: ['ko', 'en'] }).map(turnKey).slice(0, 2)).toEqual(['long:ko', 'long:en']);
  });

  it.each(ALTERNATION_MODES)('are what the show’s own loop shows, in its order and for its times (%s)', (mode) => {
    const turns = loopTurns(DECK, { ...DEFAULT_SETTINGS, mode });
    expect(turns.map((turn) => ({ key: turnKey(turn), durationMs: turn.durationMs }))).toEqual(storeRound(mode));
  });

  it('add up to the round, the time the loop takes to come back to its first frame', () => {
    const turns = loopTurns(DECK, DEFAULT_SETTINGS);
    expect(roundMs(turns)).toBe(storeRound('sequence').reduce((total, turn) => total + turn.durationMs, 0));
    expect(roundMs([])).toBe(0);
  });
});
