import type { Deck, Language } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { buildFrames, type Frame } from './frames';
import type { ShowState } from './show-state';

/** The show's live settings and state together: what commands change. */
export interface Show {
  readonly settings: Settings;
  readonly state: ShowState;
}

/** The frames of a deck under some settings, cached while neither changes. */
export function createFrameCache(): (deck: Deck, settings: Settings) => readonly Frame[] {
  let cached: { deck: Deck; mode: Settings['mode']; languages: Settings['languages']; frames: Frame[] } | undefined;
  return (deck, settings) => {
    if (cached?.deck !== deck || cached.mode !== settings.mode || cached.languages !== settings.languages) {
      cached = { deck, mode: settings.mode, languages: settings.languages, frames: buildFrames(deck, settings.languages, settings.mode) };
    }
    return cached.frames;
  };
}

/** The languages on screen now: one, or all of a stacked frame. */
export function visibleLanguages(frame: Frame, state: ShowState, mode: Settings['mode']): readonly Language[] {
  if (mode !== 'in-place' || frame.langs.length <= 1) return frame.langs;
  const lang = frame.langs[state.langTurn % frame.langs.length];
  return lang === undefined ? frame.langs : [lang];
}
