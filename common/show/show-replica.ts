import type { Deck } from '../deck/deck';
import type { Settings } from '../settings/settings';
import type { ShowClock } from './show-clock';
import type { ShowState } from './show-state';
import { createShowStore, type ShowSnapshot, type ShowStore } from './show-store';

/** A copy of a show owned elsewhere, that goes on by itself between (and without) updates. */
export interface ShowReplica {
  getSnapshot(): ShowSnapshot | undefined;
  /** Takes the owner's show, to be shown at `at` on the replica's clock (at once if that has passed). */
  adopt(deck: Deck, settings: Settings, state: ShowState, at: number): void;
  subscribe(listener: (snapshot: ShowSnapshot) => void): () => void;
  dispose(): void;
}

/**
 * Follows the show server's show on a clock set to the server's time. Between updates it
 * runs the same store on the same rules, so a looping slide changes at the moment the
 * server's does, without waiting for the message, on every screen alike; and a screen
 * that loses the server keeps looping on its last deck and settings. Whatever the owner
 * sends wins over what the replica worked out.
 */
export function createShowReplica(clock: ShowClock): ShowReplica {
  let store: ShowStore | undefined;
  let stopListening: (() => void) | undefined;
  // Each update waits for its own moment; they come in the order of their moments.
  const pending = new Set<() => void>();
  const listeners = new Set<(snapshot: ShowSnapshot) => void>();
  const publish = (snapshot: ShowSnapshot): void => {
    for (const listener of [...listeners]) listener(snapshot);
  };
  const replace = (deck: Deck, settings: Settings, state: ShowState): void => {
    stopListening?.();
    store?.dispose();
    store = createShowStore(deck, settings, { initial: state, clock });
    stopListening = store.subscribe(publish);
    publish(store.getSnapshot());
  };
  return {
    getSnapshot: () => store?.getSnapshot(),
    adopt(deck, settings, state, at) {
      const wait = at - clock.now();
      if (wait <= 0) {
        replace(deck, settings, state);
        return;
      }
      const cancel = clock.setTimer(() => {
        pending.delete(cancel);
        replace(deck, settings, state);
      }, wait);
      pending.add(cancel);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      for (const cancel of pending) cancel();
      pending.clear();
      stopListening?.();
      store?.dispose();
      listeners.clear();
    },
  };
}
