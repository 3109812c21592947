import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../../common/network/protocol';
import { parseServerMessage } from '../../../common/network/server-message';
import { announcementsMessage, readingMessage } from '../../../server/client-views';
import { buildFrames } from '../../../common/show/frames';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { initialState } from '../../../common/show/show-state';
import { SAMPLE_DECK } from '../../support/sample-deck';

const UP = { id: 'break', text: { en: 'Back in {countdown}', ko: '{countdown} 후에' }, startedAt: 1000, endsAt: 601_000 };
const state = (extra: Record<string, unknown> = {}) => ({ ...initialState(0, true), ...extra });

describe('announcements on the wire', () => {
  it('a screen reads the one up in the state, and drops a state whose announcement is malformed', () => {
    expect(parseServerMessage(JSON.stringify({ type: 'state', state: state({ announcement: UP }), at: 5 }))).toMatchObject({ state: { announcement: UP } });
    for (const announcement of [
      { ...UP, text: {} },
      { ...UP, text: { fr: 'Bonjour' } },
      { ...UP, text: { en: 7 } },
      { ...UP, endsAt: 'soon' },
      { ...UP, startedAt: undefined },
      { ...UP, text: { en: 'x'.repeat(2001) } },
      'Back soon',
    ]) {
      expect(parseServerMessage(JSON.stringify({ type: 'state', state: state({ announcement }), at: 5 })), JSON.stringify(announcement)).toBeUndefined();
    }
  });

  it('a controller reads the written list; a list of the wrong shape is dropped', () => {
    const announcements = [{ id: 'break', text: { en: 'Back in {countdown}' }, countdown: { forSeconds: 600 } }, { id: 'at-three', text: { ko: '세 시' }, countdown: { until: { hour: 15, minute: 0 } } }];
    expect(parseServerMessage(JSON.stringify({ type: 'announcements', announcements }))).toEqual({ type: 'announcements', announcements });
    for (const bad of [{}, [{ id: 3, text: { en: 'A' } }], [{ id: 'a', text: { en: 'A' }, countdown: { forSeconds: -1 } }], [{ id: 'a', text: {} }]]) {
      expect(parseServerMessage(JSON.stringify({ type: 'announcements', announcements: bad }))).toBeUndefined();
    }
  });

  it('is sent to controllers only: a watch-only screen never gets the list', () => {
    const list = [{ id: 'break', text: { en: 'Break' } }];
    expect(announcementsMessage('control', list)).toEqual({ type: 'announcements', announcements: list });
    expect(announcementsMessage('display', list)).toBeUndefined();
  });

  it('a read-along page is told the one up with where the show is, and nothing of it when none is', () => {
    const frames = buildFrames(SAMPLE_DECK, DEFAULT_SETTINGS.languages, DEFAULT_SETTINGS.mode);
    const snapshot = { deck: SAMPLE_DECK, settings: DEFAULT_SETTINGS, state: state({ announcement: UP }) };
    const message = readingMessage(snapshot, frames, 'v1');
    expect(message).toEqual({ type: 'reading', deck: 'v1', slide: 0, announcement: UP });
    expect(parseServerMessage(JSON.stringify(message))).toEqual(message);
    expect(readingMessage({ ...snapshot, state: state() }, frames, 'v1')).toEqual({ type: 'reading', deck: 'v1', slide: 0 });
  });

  it('a command to put one up crosses the socket checked as over IPC', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'command', id: 'c1', command: { type: 'announce', id: 'break' } }))).toMatchObject({ command: { type: 'announce', id: 'break' } });
    expect(parseClientMessage(JSON.stringify({ type: 'command', id: 'c2', command: { type: 'announceText', text: { en: '\u200B' } } }))).toBeUndefined();
  });
});
