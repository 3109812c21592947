import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../common/settings/settings';
import { buildFrames } from '../../../common/show/frames';
import { dwellMs } from '../../../common/show/loop-timing';
import { readingTimeMs } from '../../../common/show/reading-time';
import { createShowStore, type ShowStore } from '../../../common/show/show-store';
import { SAMPLE_DECK } from '../../support/sample-deck';
import { READING_DECK } from '../../support/reading-deck';

const DECK = READING_DECK;
const START = Date.UTC(2026, 10, 25, 12);
const time = (text: string, lang: 'en' | 'ko') => readingTimeMs(text, lang, DEFAULT_SETTINGS);
const T = {
  longEn: time('E'.repeat(130), 'en'),
  longKo: time('가'.repeat(90), 'ko'),
  midEn: time('E'.repeat(80), 'en'),
  midKo: time('가'.repeat(60), 'ko'),
  end: time('Free Free Palestine!', 'ko'),
};

let store: ShowStore;
const shown = () => {
  const { state, settings } = store.getSnapshot();
  const frame = buildFrames(DECK, settings.languages, settings.mode)[state.frame];
  const langs = frame?.langs ?? [];
  const lang = settings.mode === 'in-place' ? langs[state.langTurn % langs.length] : langs.join('+');
  return `${DECK.slides[frame?.slideIndex ?? -1]?.id}:${lang}`;
};
const loopWith = (settings: Partial<Settings> = {}) => {
  store = createShowStore(DECK, { ...DEFAULT_SETTINGS, autoLoop: true, ...settings });
};

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});

describe('the auto-loop', () => {
  it('keeps each frame up for its reading time in its language, then moves on', () => {
    loopWith();
    expect(T.longKo).toBeGreaterThan(T.longEn - 2000); // Korean is read more slowly per character
    vi.advanceTimersByTime(T.longEn - 1);
    expect(shown()).toBe('long:en');
    vi.advanceTimersByTime(1);
    expect(shown()).toBe('long:ko');
    vi.advanceTimersByTime(T.longKo);
    expect(shown()).toBe('mid:en');
  });

  it('starts again from the first frame after the last, forever', () => {
    loopWith();
    const cycle = T.longEn + T.longKo + T.midEn + T.midKo + T.end;
    vi.advanceTimersByTime(cycle);
    expect(shown()).toBe('long:en');
    vi.advanceTimersByTime(1000 * cycle);
    expect(shown()).toBe('long:en');
    expect(store.getSnapshot().state.shownAt).toBe(START + 1001 * cycle);
  });

  it('does not drift: after a day, frames still start exactly on schedule', () => {
    loopWith();
    const cycle = T.longEn + T.longKo + T.midEn + T.midKo + T.end;
    const cycles = Math.floor((24 * 3600 * 1000) / cycle);
    vi.advanceTimersByTime(cycles * cycle + T.longEn);
    expect(shown()).toBe('long:ko');
    expect(store.getSnapshot().state.shownAt).toBe(START + cycles * cycle + T.longEn);
  });

  it('after the machine stalls, starts the next frame from now instead of racing through the missed ones', () => {
    loopWith();
    vi.setSystemTime(START + 10 * 60 * 1000); // the clock jumps 10 minutes (sleep), timers have not fired yet
    vi.advanceTimersByTime(T.longEn);
    expect(shown()).toBe('long:ko');
    expect(store.getSnapshot().state.shownAt).toBeGreaterThanOrEqual(START + 10 * 60 * 1000);
  });
});

describe('a person taking over', () => {
  it('pauses the loop on any navigation, and the loop resumes by itself after the idle time from where they left it', () => {
    loopWith({ idleResumeSeconds: 30 });
    store.dispatch({ type: 'next' });
    store.dispatch({ type: 'next' });
    expect(store.getSnapshot().state.loop).toBe('paused');
    vi.advanceTimersByTime(29_999);
    expect(shown()).toBe('mid:en');
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().state.loop).toBe('running');
    expect(shown()).toBe('mid:en');
    vi.advanceTimersByTime(T.midEn);
    expect(shown()).toBe('mid:ko');
  });

  it('restarts the idle time with every key press', () => {
    loopWith({ idleResumeSeconds: 30 });
    store.dispatch({ type: 'next' });
    vi.advanceTimersByTime(20_000);
    store.dispatch({ type: 'previous' });
    vi.advanceTimersByTime(20_000);
    expect(store.getSnapshot().state.loop).toBe('paused');
    vi.advanceTimersByTime(10_000);
    expect(store.getSnapshot().state.loop).toBe('running');
  });

  it('brings the picture back when the loop resumes after someone blanked the screen and walked away', () => {
    loopWith({ idleResumeSeconds: 30 });
    store.dispatch({ type: 'toggleBlank' });
    vi.advanceTimersByTime(T.longEn + 5000);
    expect(shown()).toBe('long:en');
    vi.advanceTimersByTime(30_000);
    expect(store.getSnapshot().state).toMatchObject({ loop: 'running', blank: false });
  });

  it('A turns the loop off and on; off, nothing moves by itself', () => {
    loopWith();
    store.dispatch({ type: 'toggleLoop' });
    expect(store.getSnapshot().state.loop).toBe('off');
    vi.advanceTimersByTime(3_600_000);
    expect(shown()).toBe('long:en');
    store.dispatch({ type: 'toggleLoop' });
    vi.advanceTimersByTime(T.longEn);
    expect(shown()).toBe('long:ko');
  });
});

describe('the loop in every alternation mode', () => {
  it('single: only the first language, one-language segments once', () => {
    loopWith({ mode: 'single', languages: ['ko', 'en'] });
    const seen = [shown()];
    for (const dwell of [T.longKo, T.midKo]) {
      vi.advanceTimersByTime(dwell);
      seen.push(shown());
    }
    expect(seen).toEqual(['long:ko', 'mid:ko', 'end:ko']);
  });

  it('stacked: both languages at once, up as long as the slower one needs', () => {
    loopWith({ mode: 'stacked' });
    expect(shown()).toBe('long:en+ko');
    vi.advanceTimersByTime(Math.max(T.longEn, T.longKo) - 1);
    expect(shown()).toBe('long:en+ko');
    vi.advanceTimersByTime(1);
    expect(shown()).toBe('mid:en+ko');
  });

  it('in-place: the languages take turns on the same segment, then the loop moves on', () => {
    loopWith({ mode: 'in-place' });
    expect(shown()).toBe('long:en');
    vi.advanceTimersByTime(T.longEn);
    expect(shown()).toBe('long:ko');
    expect(store.getSnapshot().state.frame).toBe(0);
    vi.advanceTimersByTime(T.longKo);
    expect(shown()).toBe('mid:en');
  });

  it('in-place without the loop: the languages keep taking turns until a person moves on', () => {
    loopWith({ mode: 'in-place', autoLoop: false });
    vi.advanceTimersByTime(T.longEn + T.longKo + T.longEn);
    expect(shown()).toBe('long:ko');
    store.dispatch({ type: 'next' });
    expect(shown()).toBe('mid:en');
  });

  it('switches mode by key without leaving the slide, and the loop goes on', () => {
    loopWith();
    vi.advanceTimersByTime(T.longEn);
    store.dispatch({ type: 'cycleMode' });
    expect(store.getSnapshot().settings.mode).toBe('in-place');
    expect(shown()).toBe('long:ko');
    expect(store.getSnapshot().state.loop).toBe('running');
  });
});

describe('dwellMs', () => {
  it('is the reading time of the language on screen', () => {
    const frames = buildFrames(SAMPLE_DECK, ['en', 'ko']);
    const show = createShowStore(SAMPLE_DECK, DEFAULT_SETTINGS).getSnapshot();
    expect(dwellMs(show, SAMPLE_DECK, frames[0] as never)).toBe(DEFAULT_SETTINGS.slideMinSeconds * 1000);
  });
});
