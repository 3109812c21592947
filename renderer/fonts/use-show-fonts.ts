import { useEffect, useState } from 'react';
import { charactersOf } from '../../common/deck/deck-characters';
import type { Deck } from '../../common/deck/deck';
import { loadShowFonts, showFontsLoaded } from './load-show-fonts';

/**
 * Whether the fonts for `deck` are ready (or given up on); slides wait for this. With
 * `firstCharacters`, the characters of the slide to be shown first, it is ready as soon
 * as their fonts are, and the fonts of the rest of the deck load after it; without, it
 * waits for the whole deck's. Only the characters given when the deck arrives count.
 */
export function useShowFonts(deck: Deck | undefined, firstCharacters?: string): boolean {
  const [readyFor, setReadyFor] = useState<Deck | undefined>(undefined);
  useEffect(() => {
    if (deck === undefined) return undefined;
    let current = true;
    void loadShowFonts(firstCharacters ?? charactersOf(deck)).then(() => {
      if (current) setReadyFor(deck);
      if (firstCharacters !== undefined) void loadShowFonts(charactersOf(deck));
    });
    return () => {
      current = false;
    };
    // Not on `firstCharacters`: the first slide's are read when the deck arrives, and
    // moving on to other slides must not restart the load.
  }, [deck]);
  // Ready at once when the first slide's fonts are there already (the preloaded deck font
  // usually is by the time the show's state arrives), without a render that waits for the
  // load above; and ready for good, as React allows state to be set while rendering.
  const loadedAlready = deck !== undefined && readyFor !== deck && firstCharacters !== undefined && showFontsLoaded(firstCharacters);
  if (loadedAlready) setReadyFor(deck);
  return deck !== undefined && (readyFor === deck || loadedAlready);
}
