import { isLanguage, type Deck, type Language } from '../deck/deck';
import { isRecord } from '../content/is-record';
import type { Settings } from '../settings/settings';
import { ALTERNATION_MODES, SHOW_SETTING_FIELDS, type AlternationMode } from '../settings/show-settings';
import { buildFrames, findFrame } from './frames';
import { visibleLanguages } from './show-model';
import type { ShowSnapshot } from './show-store';
import { initialState, type ShowState } from './show-state';

/**
 * What survives a restart, by slide id rather than frame number so that a content edit
 * in between cannot land the show on the wrong slide. A kiosk that loses power comes
 * back looping where it was.
 */
export interface PersistedShow {
  readonly version: 1;
  readonly slideId: string;
  readonly lang?: Language;
  readonly mode: AlternationMode;
  readonly languages: readonly Language[];
  readonly looping: boolean;
  readonly blank: boolean;
  /** When the show started (see `ShowState.startedAt`); absent in files saved before it was kept. */
  readonly startedAt?: number;
  /**
   * The mode and languages the settings asked for when this was saved. When the settings
   * ask for something else at the next start, an organizer has changed them on purpose,
   * and their choice wins over the mode and languages someone switched to live.
   */
  readonly basis?: SettingsBasis;
}

/** The settings a saved show is compared against. */
export type SettingsBasis = Pick<Settings, 'mode' | 'languages'>;

const sameBasis = (a: SettingsBasis, b: SettingsBasis): boolean => a.mode === b.mode && a.languages.join() === b.languages.join();

/** What to save of a running show; `basis` is the settings it started from (see `PersistedShow.basis`). */
export function toPersistedShow(snapshot: ShowSnapshot, basis: SettingsBasis): PersistedShow | undefined {
  const frames = buildFrames(snapshot.deck, snapshot.settings.languages, snapshot.settings.mode);
  const frame = frames[snapshot.state.frame];
  const slide = frame === undefined ? undefined : snapshot.deck.slides[frame.slideIndex];
  if (frame === undefined || slide === undefined) return undefined;
  const lang = visibleLanguages(frame, snapshot.state, snapshot.settings.mode)[0];
  return {
    version: 1,
    slideId: slide.id,
    ...(lang === undefined ? {} : { lang }),
    mode: snapshot.settings.mode,
    languages: snapshot.settings.languages,
    looping: snapshot.state.loop !== 'off',
    blank: snapshot.state.blank,
    startedAt: snapshot.state.startedAt,
    basis: { mode: basis.mode, languages: basis.languages },
  };
}

/** Reads a saved show; anything malformed (a half-written file, an old version) gives `undefined`. */
export function parsePersistedShow(value: unknown): PersistedShow | undefined {
  if (!isRecord(value) || value.version !== 1 || typeof value.slideId !== 'string') return undefined;
  if (value.lang !== undefined && !isLanguage(value.lang)) return undefined;
  if (!(ALTERNATION_MODES as readonly unknown[]).includes(value.mode)) return undefined;
  const languages = SHOW_SETTING_FIELDS.languages.parse(value.languages);
  if (languages === undefined || typeof value.looping !== 'boolean' || typeof value.blank !== 'boolean') return undefined;
  const basis = parseBasis(value.basis);
  if (value.basis !== undefined && basis === undefined) return undefined;
  // A bad start time costs only the elapsed time, never the saved place: it is dropped.
  const startedAt = typeof value.startedAt === 'number' && Number.isFinite(value.startedAt) ? value.startedAt : undefined;
  return {
    version: 1,
    slideId: value.slideId,
    ...(isLanguage(value.lang) ? { lang: value.lang } : {}),
    mode: value.mode as AlternationMode,
    languages,
    looping: value.looping,
    blank: value.blank,
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(basis === undefined ? {} : { basis }),
  };
}

function parseBasis(value: unknown): SettingsBasis | undefined {
  if (!isRecord(value) || !(ALTERNATION_MODES as readonly unknown[]).includes(value.mode)) return undefined;
  const languages = SHOW_SETTING_FIELDS.languages.parse(value.languages);
  return languages === undefined ? undefined : { mode: value.mode as AlternationMode, languages };
}

/**
 * The settings and state to start from after a restart; an unknown slide starts at the
 * first. The saved mode and languages come back unless the settings changed since.
 */
export function restoreShow(saved: PersistedShow, deck: Deck, settings: Settings, now: number): { settings: Settings; state: ShowState } {
  const settingsChanged = saved.basis !== undefined && !sameBasis(saved.basis, settings);
  const restored: Settings = settingsChanged ? settings : { ...settings, mode: saved.mode, languages: saved.languages };
  const frames = buildFrames(deck, restored.languages, restored.mode);
  const frame = findFrame(frames, deck, saved.slideId, saved.lang) ?? 0;
  const langTurn = saved.lang === undefined ? 0 : Math.max(0, frames[frame]?.langs.indexOf(saved.lang) ?? 0);
  const state: ShowState = { ...initialState(now, saved.looping), frame, langTurn, blank: saved.blank, ...(saved.startedAt === undefined ? {} : { startedAt: saved.startedAt }) };
  return { settings: restored, state };
}
