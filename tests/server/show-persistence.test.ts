import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScratchFolders } from '../support/scratch-folders';
import { toPersistedShow } from '../../common/show/persisted-show';
import { createShowStore } from '../../common/show/show-store';
import { readSavedShow, saveShowOnChange, startingShow } from '../../server/show-persistence';
import { recordingLogger } from '../support/recording-logger';
import { TINY_CONTENT, TINY_DECK } from '../support/tiny-deck';

const scratch = useScratchFolders('yeondae-state-');
const stateFile = (): string => join(scratch(), 'show-state.json');
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
});

const SAVED = { version: 1, slideId: 'two', lang: 'ko', mode: 'sequence', languages: ['en', 'ko'], looping: true, blank: false } as const;

describe('readSavedShow', () => {
  it('reads what the last run saved', () => {
    const file = stateFile();
    writeFileSync(file, JSON.stringify(SAVED));
    expect(readSavedShow(file, recordingLogger())).toEqual(SAVED);
  });

  it('says nothing when there is no saved show (the first launch)', () => {
    const log = recordingLogger();
    expect(readSavedShow(stateFile(), log)).toBeUndefined();
    expect(log.lines).toEqual([]);
  });

  it.each([
    ['half-written JSON', '{"version": 1, "slideId": "tw'],
    ['JSON that is not a saved show', '{"version": 2}'],
  ])('logs and ignores a corrupt file: %s', (_name, text) => {
    const file = stateFile();
    writeFileSync(file, text);
    const log = recordingLogger();
    expect(readSavedShow(file, log)).toBeUndefined();
    expect(log.lines).toEqual([expect.stringMatching(new RegExp(`^warn: ignoring the saved show in ${file}: .*; starting from the first slide$`))]);
  });
});

describe('startingShow', () => {
  const NOW = 1_000_000;

  it('starts where the last run left off', () => {
    const { settings, initial } = startingShow(SAVED, TINY_DECK, TINY_CONTENT.settings, {}, NOW);
    expect(initial).toMatchObject({ frame: 3, loop: 'running', blank: false });
    expect(settings.mode).toBe('sequence');
  });

  it("lets this launch's flags win over what was saved", () => {
    const { settings, initial } = startingShow(SAVED, TINY_DECK, TINY_CONTENT.settings, { mode: 'stacked', autoLoop: false }, NOW);
    expect(settings.mode).toBe('stacked');
    // Stacked shows each slide once, both languages together: slide "two" is frame 1.
    expect(initial).toMatchObject({ frame: 1, loop: 'off' });
  });

  it('starts from the beginning with nothing saved', () => {
    expect(startingShow(undefined, TINY_DECK, TINY_CONTENT.settings, { mode: 'stacked' }, NOW)).toEqual({ settings: TINY_CONTENT.settings, initial: undefined });
  });
});

describe('saveShowOnChange', () => {
  it('saves the show a second after it changes, once for a burst of changes', () => {
    const file = stateFile();
    const store = createShowStore(TINY_DECK, TINY_CONTENT.settings);
    const saver = saveShowOnChange(store, TINY_CONTENT.settings, file, recordingLogger());
    vi.advanceTimersByTime(1000);
    for (let press = 0; press < 3; press += 1) store.dispatch({ type: 'next' });
    vi.advanceTimersByTime(999);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ slideId: 'one', lang: 'en' });
    vi.advanceTimersByTime(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(toPersistedShow(store.getSnapshot(), TINY_CONTENT.settings));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ slideId: 'two', lang: 'ko' });
    saver.stop();
    store.dispose();
  });

  it('writes nothing when nothing saved has changed', () => {
    const file = stateFile();
    const store = createShowStore(TINY_DECK, TINY_CONTENT.settings);
    saveShowOnChange(store, TINY_CONTENT.settings, file, recordingLogger());
    vi.advanceTimersByTime(1000);
    rmSync(file);
    store.dispatch({ type: 'previous' });
    vi.advanceTimersByTime(1000);
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });

  it('writes a pending change at once when flushed, before a quit or relaunch', () => {
    const file = stateFile();
    const store = createShowStore(TINY_DECK, TINY_CONTENT.settings);
    const saver = saveShowOnChange(store, TINY_CONTENT.settings, file, recordingLogger());
    store.dispatch({ type: 'last' });
    saver.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ slideId: 'two', lang: 'ko' });
  });

  it('logs a failed save once and keeps the show going', () => {
    // A file where the data folder should be: nothing can be saved under it.
    const notAFolder = stateFile();
    writeFileSync(notAFolder, '');
    const file = join(notAFolder, 'show-state.json');
    const log = recordingLogger();
    const store = createShowStore(TINY_DECK, TINY_CONTENT.settings);
    saveShowOnChange(store, TINY_CONTENT.settings, file, log);
    vi.advanceTimersByTime(1000);
    store.dispatch({ type: 'next' });
    vi.advanceTimersByTime(1000);
    expect(log.lines).toEqual([expect.stringMatching(/^error: cannot save the show to .*show-state\.json: /)]);
    expect(store.getSnapshot().state.frame).toBe(1);
  });
});
