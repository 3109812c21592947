import type { Deck } from '../common/deck/deck';
import type { Settings } from '../common/settings/settings';
import { parsePersistedShow, restoreShow, toPersistedShow, type PersistedShow, type SettingsBasis } from '../common/show/persisted-show';
import type { ShowStore } from '../common/show/show-store';
import type { ShowState } from '../common/show/show-state';
import { readJsonFile, writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';

/** The file in the app's data folder that keeps the show's place across restarts. */
export const SHOW_STATE_FILE = 'show-state.json';

/** The show saved by the last run, if there is a usable one. A broken file is logged and ignored. */
export function readSavedShow(file: string, log: Logger): PersistedShow | undefined {
  const read = readJsonFile(file);
  if (read.status === 'missing') return undefined;
  const saved = read.status === 'ok' ? parsePersistedShow(read.value) : undefined;
  if (saved === undefined) {
    const why = read.status === 'unreadable' ? read.reason : 'not a saved show this version knows';
    log.warn(`ignoring the saved show in ${file}: ${why}; starting from the first slide`);
  }
  return saved;
}

/** The settings the command line set for this launch, which win over the saved show. */
export type ShowFlags = Partial<Pick<Settings, 'mode' | 'languages' | 'autoLoop'>>;

/**
 * Where the show starts: where the last run left it (slide, language, mode, loop,
 * black screen), except for what this launch's flags ask for (`--mode stacked` means
 * stacked, whatever was saved). With nothing saved, the store starts at the beginning.
 */
export function startingShow(saved: PersistedShow | undefined, deck: Deck, settings: Settings, flags: ShowFlags, now: number): { settings: Settings; initial: ShowState | undefined } {
  if (saved === undefined) return { settings, initial: undefined };
  const wanted: PersistedShow = {
    ...saved,
    ...(flags.mode === undefined ? {} : { mode: flags.mode }),
    ...(flags.languages === undefined ? {} : { languages: flags.languages }),
    ...(flags.autoLoop === undefined ? {} : { looping: flags.autoLoop }),
  };
  const restored = restoreShow(wanted, deck, settings, now);
  return { settings: restored.settings, initial: restored.state };
}

/** Saves the show while it runs. */
export interface ShowSaver {
  /** Writes a pending change now (before quitting or relaunching). */
  flush(): void;
  /** Stops saving. */
  stop(): void;
}

/**
 * Saves the show's place to `file` whenever it changes, at most once per `delayMs` (a
 * looping show changes every few seconds, and a presenter may press next ten times in
 * a row), and only when what is saved differs, since timing ticks change nothing saved.
 * `basis` is the settings the show started from, saved with it (see `PersistedShow.basis`).
 */
export function saveShowOnChange(store: Pick<ShowStore, 'subscribe' | 'getSnapshot'>, basis: SettingsBasis, file: string, log: Logger, delayMs = 1000): ShowSaver {
  let written: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const write = (): void => {
    timer = undefined;
    const persisted = toPersistedShow(store.getSnapshot(), basis);
    if (persisted === undefined) return;
    const text = `${JSON.stringify(persisted, null, 2)}\n`;
    if (text === written) return;
    try {
      writeFileAtomic(file, text);
      written = text;
      if (failing) log.info(`saving the show to ${file} works again`);
      failing = false;
    } catch (error) {
      // Said once per failing spell: a full disk must not fill the log as well.
      if (!failing) log.error(`cannot save the show to ${file}: ${error instanceof Error ? error.message : String(error)}`);
      failing = true;
    }
  };
  const schedule = (): void => {
    timer ??= setTimeout(write, delayMs);
  };
  const unsubscribe = store.subscribe(schedule);
  // The first save records where this launch starts, which flags may have changed.
  schedule();
  return {
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    },
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
