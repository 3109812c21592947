import type { Deck } from '../deck/deck';
import type { Settings } from '../settings/settings';
import type { ShowCommand } from './commands';
import { buildFrames, type Frame } from './frames';
import { clampState, INITIAL_STATE, showReducer, type ShowState } from './reducer';

/** Everything a view needs to draw the show, sent whole so any view can (re)join at any time. */
export interface ShowSnapshot {
  readonly deck: Deck;
  readonly settings: Settings;
  readonly state: ShowState;
}

export type SnapshotListener = (snapshot: ShowSnapshot) => void;

/** The one owner of the show's state: views send commands and draw the snapshots it publishes. */
export interface ShowStore {
  getSnapshot(): ShowSnapshot;
  dispatch(command: ShowCommand): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: SnapshotListener): () => void;
}

export function createShowStore(deck: Deck, settings: Settings, initial: ShowState = INITIAL_STATE): ShowStore {
  const frames: readonly Frame[] = buildFrames(deck, settings.languages);
  const context = { deck, frames };
  let snapshot: ShowSnapshot = { deck, settings, state: clampState(initial, frames) };
  const listeners = new Set<SnapshotListener>();
  return {
    getSnapshot: () => snapshot,
    dispatch(command) {
      const state = showReducer(snapshot.state, command, context);
      if (state === snapshot.state) return;
      snapshot = { ...snapshot, state };
      for (const listener of [...listeners]) listener(snapshot);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
