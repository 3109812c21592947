import type { WrittenAnnouncement } from '../announcements/announcement';
import type { Deck } from '../deck/deck';
import type { Settings } from '../settings/settings';
import type { ShowCommand } from './commands';
import { carryOver } from './carry-over';
import { nextDueChange } from './loop-timing';
import { clampState, showReducer, type ShowContext } from './reducer';
import { SYSTEM_CLOCK, type ShowClock } from './show-clock';
import { createFrameCache, type Show } from './show-model';
import { initialState, type ShowState } from './show-state';

/** Everything a view needs to draw the show, sent whole so any view can (re)join at any time. */
export interface ShowSnapshot {
  readonly deck: Deck;
  readonly settings: Settings;
  readonly state: ShowState;
  /**
   * The announcements written in advance that a controller may put up; absent where
   * there are none to offer (a watch-only screen is never sent them, STYLE §9).
   */
  readonly announcements?: readonly WrittenAnnouncement[];
}

export type SnapshotListener = (snapshot: ShowSnapshot) => void;

/** The one owner of the show's state: views send commands and draw the snapshots it publishes. */
export interface ShowStore {
  getSnapshot(): ShowSnapshot;
  dispatch(command: ShowCommand): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: SnapshotListener): () => void;
  /**
   * Shows edited content from now on, staying on the same slide (see `carryOver`).
   * `previousFileSettings` and `fileSettings` are what the files said before and now.
   */
  replaceContent(deck: Deck, previousFileSettings: Settings, fileSettings: Settings): void;
  /** Offers these written announcements from now on; the one up (if any) stays until it ends. */
  replaceAnnouncements(announcements: readonly WrittenAnnouncement[]): void;
  /** Stops the store's timer and forgets its listeners. */
  dispose(): void;
}

export interface ShowStoreOptions {
  /** Where to start (a saved or handed-over state); it is brought within the deck. */
  readonly initial?: ShowState;
  readonly clock?: ShowClock;
  readonly announcements?: readonly WrittenAnnouncement[];
}

/**
 * Creates the show's owner. It keeps its own timer for whatever happens by itself next
 * (the loop advancing, an in-place language turn, the loop resuming after idle), so the
 * host only has to create it and pass commands in.
 */
export function createShowStore(firstDeck: Deck, settings: Settings, options: ShowStoreOptions = {}): ShowStore {
  let deck = firstDeck;
  const clock = options.clock ?? SYSTEM_CLOCK;
  const framesOf = createFrameCache();
  const framesFor = (show: Show) => framesOf(deck, show.settings);
  const start = options.initial ?? initialState(clock.now(), settings.autoLoop);
  let show: Show = { settings, state: clampState(start, framesOf(deck, settings)) };
  let announcements = options.announcements ?? [];
  const snapshotOf = (current: Show): ShowSnapshot => ({ deck, ...current, announcements });
  let snapshot: ShowSnapshot = snapshotOf(show);
  const listeners = new Set<SnapshotListener>();
  let cancelTimer: (() => void) | undefined;

  const schedule = (): void => {
    cancelTimer?.();
    cancelTimer = undefined;
    const due = nextDueChange(show, deck, framesFor(show));
    if (due !== undefined) cancelTimer = clock.setTimer(() => apply({ type: 'tick' }), Math.max(0, due.at - clock.now()));
  };
  const publish = (next: Show): void => {
    show = next;
    snapshot = snapshotOf(show);
    for (const listener of [...listeners]) listener(snapshot);
  };
  const apply = (command: Parameters<typeof showReducer>[1]): void => {
    const context: ShowContext = { deck, framesFor, now: clock.now(), announcements };
    const next = showReducer(show, command, context);
    if (next !== show) publish(next);
    schedule();
  };

  schedule();
  return {
    getSnapshot: () => snapshot,
    dispatch: apply,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replaceContent(nextDeck, previousFileSettings, fileSettings) {
      const next = carryOver(show, deck, previousFileSettings, nextDeck, fileSettings, clock.now());
      deck = nextDeck;
      publish(next);
      schedule();
    },
    replaceAnnouncements(next) {
      announcements = next;
      publish(show);
    },
    dispose() {
      cancelTimer?.();
      cancelTimer = undefined;
      listeners.clear();
    },
  };
}
