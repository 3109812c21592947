import { useMemo, useSyncExternalStore } from 'react';
import type { Deck, Language } from '../../common/deck/deck';
import { buildFrames, type Frame } from '../../common/show/frames';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';

/** The latest snapshot of the show, re-rendering on every change. */
export function useShowSnapshot(connection: ShowConnection): ShowSnapshot | undefined {
  return useSyncExternalStore(connection.subscribe, connection.getSnapshot);
}

/** The frames of a deck in a language order, rebuilt only when either changes. */
export function useFrames(deck: Deck | undefined, languages: readonly Language[] | undefined): readonly Frame[] {
  return useMemo(() => (deck && languages ? buildFrames(deck, languages) : []), [deck, languages]);
}
