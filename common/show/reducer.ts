import type { Deck } from '../deck/deck';
import type { ShowCommand } from './commands';
import { findFrame, type Frame } from './frames';

/** Where the show is. Kept small so it can be sent to every view on every change. */
export interface ShowState {
  /** Index into the show's frames (see `buildFrames`). */
  readonly frame: number;
  /** The audience sees a black screen. */
  readonly blank: boolean;
}

export const INITIAL_STATE: ShowState = { frame: 0, blank: false };

/** What the reducer needs to know about the show besides its state. */
export interface ShowContext {
  readonly deck: Deck;
  readonly frames: readonly Frame[];
}

/**
 * All navigation rules in one place. Moves stop at the first and last frame. While the
 * screen is black, next and previous only bring the picture back, without moving, so a
 * presenter who blanked the screen never skips a slide by pressing the clicker.
 */
export function showReducer(state: ShowState, command: ShowCommand, context: ShowContext): ShowState {
  const last = Math.max(0, context.frames.length - 1);
  const moveTo = (frame: number): ShowState => {
    const clamped = Math.min(Math.max(frame, 0), last);
    return clamped === state.frame && !state.blank ? state : { frame: clamped, blank: false };
  };
  switch (command.type) {
    case 'next':
      return state.blank ? { ...state, blank: false } : moveTo(state.frame + 1);
    case 'previous':
      return state.blank ? { ...state, blank: false } : moveTo(state.frame - 1);
    case 'first':
      return moveTo(0);
    case 'last':
      return moveTo(last);
    case 'goToFrame':
      return moveTo(command.frame);
    case 'goToSlide': {
      const frame = findFrame(context.frames, context.deck, command.slideId, command.lang);
      return frame === undefined ? state : moveTo(frame);
    }
    case 'toggleBlank':
      return { ...state, blank: !state.blank };
    case 'unblank':
      return state.blank ? { ...state, blank: false } : state;
  }
}

/** Brings a state from elsewhere (a saved file, an older deck) within the current frames. */
export function clampState(state: ShowState, frames: readonly Frame[]): ShowState {
  const last = Math.max(0, frames.length - 1);
  return state.frame <= last ? state : { ...state, frame: last };
}
