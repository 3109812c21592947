import { useEffect, useState } from 'react';
import type { Deck } from '../../common/deck/deck';
import { loadShowFonts } from './load-show-fonts';

/** Whether the fonts for `deck` are ready (or given up on); slides wait for this. */
export function useShowFonts(deck: Deck | undefined): boolean {
  const [readyFor, setReadyFor] = useState<Deck | undefined>(undefined);
  useEffect(() => {
    if (deck === undefined) return undefined;
    let current = true;
    void loadShowFonts(deck).then(() => {
      if (current) setReadyFor(deck);
    });
    return () => {
      current = false;
    };
  }, [deck]);
  return deck !== undefined && readyFor === deck;
}
