import { useMemo } from 'react';
import type { Language, Slide } from '../../common/deck/deck';
import type { Frame } from '../../common/show/frames';
import { createFrameCache, visibleLanguages } from '../../common/show/show-model';
import type { ShowSnapshot } from '../../common/show/show-store';

/** A slide as it is on screen: the slide, the languages shown, and a key that changes when either does. */
export interface ShownFrame {
  readonly key: string;
  readonly slide: Slide;
  readonly langs: readonly Language[];
}

export function shownFrameAt(snapshot: ShowSnapshot, frames: readonly Frame[], index: number, langTurn: number): ShownFrame | undefined {
  const frame = frames[index];
  const slide = frame === undefined ? undefined : snapshot.deck.slides[frame.slideIndex];
  if (frame === undefined || slide === undefined) return undefined;
  const langs = visibleLanguages(frame, { ...snapshot.state, langTurn }, snapshot.settings.mode);
  return { key: `${slide.id}:${langs.join('+')}`, slide, langs };
}

/** The frames of the snapshot's deck under its settings, rebuilt only when those change. */
export function useFrames(snapshot: ShowSnapshot | undefined): readonly Frame[] {
  const framesOf = useMemo(createFrameCache, []);
  return snapshot === undefined ? [] : framesOf(snapshot.deck, snapshot.settings);
}
