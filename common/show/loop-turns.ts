import type { Deck, Language } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { buildFrames } from './frames';
import { dwellMs } from './loop-timing';
import { visibleLanguages } from './show-model';
import { initialState } from './show-state';

/**
 * One thing a running loop puts on screen, for as long as it stays there: a frame, or in
 * `in-place` mode one language's turn of a frame (each turn has its own reading time).
 */
export interface LoopTurn {
  /** The frame's index in `buildFrames`, and the language turn within it (0 but in `in-place`). */
  readonly frame: number;
  readonly langTurn: number;
  readonly slideId: string;
  /** The languages on screen during the turn: one, or all of a stacked frame. */
  readonly langs: readonly Language[];
  readonly durationMs: number;
}

/**
 * What one round of the running loop shows, in order, each for its reading time: the
 * same frames, turns and times the show's own loop runs on (`dwellMs`, `nextDueChange`),
 * worked out from the deck and settings alone, for a video of the loop or a summary of it.
 */
export function loopTurns(deck: Deck, settings: Settings): LoopTurn[] {
  const frames = buildFrames(deck, settings.languages, settings.mode);
  return frames.flatMap((frame, index): LoopTurn[] => {
    const slideId = deck.slides[frame.slideIndex]?.id ?? '';
    // In `in-place` a frame of several languages takes one turn per language; otherwise it is one turn.
    const turns = settings.mode === 'in-place' ? Math.max(1, frame.langs.length) : 1;
    return Array.from({ length: turns }, (_unused, langTurn) => {
      const state = { ...initialState(0, true), frame: index, langTurn };
      return { frame: index, langTurn, slideId, langs: visibleLanguages(frame, state, settings.mode), durationMs: dwellMs({ settings, state }, deck, frame) };
    });
  });
}

/** How long one round of the loop lasts, in ms: every turn's reading time, one after another. */
export function roundMs(turns: readonly LoopTurn[]): number {
  return turns.reduce((total, turn) => total + turn.durationMs, 0);
}

/** The key of what a turn shows (slide and languages): the show crossfades exactly when it changes. */
export const turnKey = (turn: LoopTurn): string => `${turn.slideId}:${turn.langs.join('+')}`;
