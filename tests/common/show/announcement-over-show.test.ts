import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WrittenAnnouncement } from '../../../common/announcements/announcement';
import { parseShowCommand } from '../../../common/show/commands';
import { dwellMs } from '../../../common/show/loop-timing';
import { buildFrames } from '../../../common/show/frames';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { createShowStore } from '../../../common/show/show-store';
import { SAMPLE_DECK } from '../../support/sample-deck';

const START = new Date(2026, 11, 3, 14, 0, 0).getTime();
const WRITTEN: readonly WrittenAnnouncement[] = [
  { id: 'move-back', text: { en: 'Please move back from the stage', ko: '무대에서 물러나 주세요' } },
  { id: 'back-soon', text: { en: 'Back in {countdown}', ko: '{countdown} 후에 다시' }, countdown: { forSeconds: 600 } },
  { id: 'break', text: { en: 'We continue at 15:30 ({countdown})', ko: '15:30에 다시 ({countdown})' }, countdown: { until: { hour: 15, minute: 30 } } },
  { id: 'too-late', text: { en: 'We continue at 13:00 ({countdown})' }, countdown: { until: { hour: 13, minute: 0 } } },
];

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

const looping = () => createShowStore(SAMPLE_DECK, { ...DEFAULT_SETTINGS, autoLoop: true }, { announcements: WRITTEN });
const firstDwell = (): number => {
  const frames = buildFrames(SAMPLE_DECK, DEFAULT_SETTINGS.languages, DEFAULT_SETTINGS.mode);
  const show = { settings: { ...DEFAULT_SETTINGS, autoLoop: true }, state: looping().getSnapshot().state };
  return dwellMs(show, SAMPLE_DECK, frames[0]!);
};

describe('an announcement over the show', () => {
  it('goes up by id with its own words, and the loop waits under it for as long as it is up', () => {
    const store = looping();
    store.dispatch({ type: 'announce', id: 'move-back' });
    expect(store.getSnapshot().state.announcement).toEqual({ id: 'move-back', text: WRITTEN[0]!.text, startedAt: START });
    vi.advanceTimersByTime(firstDwell() * 20);
    expect(store.getSnapshot().state).toMatchObject({ frame: 0, loop: 'running' });
  });

  it('ends with the next press, leaving the show on the same slide, and the loop gives that slide its whole time again', () => {
    const store = looping();
    vi.advanceTimersByTime(firstDwell() - 1000);
    store.dispatch({ type: 'announce', id: 'move-back' });
    vi.advanceTimersByTime(60_000);
    store.dispatch({ type: 'next' });
    const after = store.getSnapshot().state;
    expect(after.announcement).toBeUndefined();
    expect(after).toMatchObject({ frame: 0, loop: 'running', shownAt: START + firstDwell() - 1000 + 60_000 });
    vi.advanceTimersByTime(firstDwell() - 1);
    expect(store.getSnapshot().state.frame).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().state.frame).toBe(1);
  });

  it('ends by itself when its countdown reaches zero, on the store clock, to the millisecond', () => {
    const store = looping();
    store.dispatch({ type: 'announce', id: 'back-soon' });
    expect(store.getSnapshot().state.announcement?.endsAt).toBe(START + 600_000);
    vi.advanceTimersByTime(599_999);
    expect(store.getSnapshot().state.announcement).toBeDefined();
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().state.announcement).toBeUndefined();
    expect(store.getSnapshot().state).toMatchObject({ frame: 0, loop: 'running', shownAt: START + 600_000 });
  });

  it('counts to a clock time of the show computer, and is refused when that time has passed today', () => {
    const store = looping();
    store.dispatch({ type: 'announce', id: 'too-late' });
    expect(store.getSnapshot().state.announcement).toBeUndefined();
    store.dispatch({ type: 'announce', id: 'break' });
    expect(store.getSnapshot().state.announcement?.endsAt).toBe(new Date(2026, 11, 3, 15, 30).getTime());
  });

  it('puts up a typed message, trimmed, in one language or both; refuses an unknown id and an empty message', () => {
    const store = looping();
    store.dispatch({ type: 'announce', id: 'nobody-wrote-this' });
    expect(store.getSnapshot().state.announcement).toBeUndefined();
    expect(parseShowCommand({ type: 'announceText', text: { en: '   ', ko: '' } })).toBeUndefined();
    const typed = parseShowCommand({ type: 'announceText', text: { en: '  The car park closes at 9  ' } });
    expect(typed).toEqual({ type: 'announceText', text: { en: 'The car park closes at 9' } });
    store.dispatch(typed!);
    expect(store.getSnapshot().state.announcement).toEqual({ text: { en: 'The car park closes at 9' }, startedAt: START });
  });

  it('stays behind the black screen: the first press brings the picture back with it, the second ends it', () => {
    const store = looping();
    store.dispatch({ type: 'announce', id: 'move-back' });
    store.dispatch({ type: 'toggleBlank' });
    expect(store.getSnapshot().state).toMatchObject({ blank: true, announcement: { id: 'move-back' } });
    store.dispatch({ type: 'next' });
    expect(store.getSnapshot().state).toMatchObject({ blank: false, announcement: { id: 'move-back' } });
    store.dispatch({ type: 'previous' });
    expect(store.getSnapshot().state).toMatchObject({ blank: false, frame: 0 });
    expect(store.getSnapshot().state.announcement).toBeUndefined();
  });

  it('keeps the one up when the file changes, and offers the new list from then on', () => {
    const store = looping();
    store.dispatch({ type: 'announce', id: 'move-back' });
    store.replaceAnnouncements([WRITTEN[1]!]);
    expect(store.getSnapshot().announcements).toEqual([WRITTEN[1]]);
    expect(store.getSnapshot().state.announcement?.id).toBe('move-back');
    store.dispatch({ type: 'endAnnouncement' });
    store.dispatch({ type: 'announce', id: 'move-back' });
    expect(store.getSnapshot().state.announcement).toBeUndefined();
  });
});

describe('announcement commands from outside', () => {
  it.each([
    [{ type: 'announce', id: '' }],
    [{ type: 'announce', id: 'x'.repeat(41) }],
    [{ type: 'announce', id: 'break', extra: 1 }],
    [{ type: 'announceText', text: { fr: 'Bonjour' } }],
    [{ type: 'announceText', text: { en: 'x'.repeat(281) } }],
    [{ type: 'announceText', text: { en: 'Back in {countdown}' } }],
    [{ type: 'announceText', text: { en: 'bell\u0007' } }],
    [{ type: 'announceText', text: 'Move back' }],
    [{ type: 'endAnnouncement', now: true }],
  ])('refuses %j', (value) => {
    expect(parseShowCommand(value)).toBeUndefined();
  });

  it('takes the well-formed ones', () => {
    expect(parseShowCommand({ type: 'announce', id: 'break' })).toEqual({ type: 'announce', id: 'break' });
    expect(parseShowCommand({ type: 'endAnnouncement' })).toEqual({ type: 'endAnnouncement' });
    expect(parseShowCommand({ type: 'announceText', text: { ko: '주차장은 9시에 닫습니다' } })).toEqual({ type: 'announceText', text: { ko: '주차장은 9시에 닫습니다' } });
  });
});
