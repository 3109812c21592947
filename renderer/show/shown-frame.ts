import type { Language, Slide } from '../../common/deck/deck';
import type { Frame } from '../../common/show/frames';
import { visibleLanguages } from '../../common/show/show-model';
import type { ShowSnapshot } from '../../common/show/show-store';

/** A slide as it is on screen: the slide, the languages shown, and a key that changes when either does. */
export interface ShownFrame {
  readonly key: string;
  readonly slide: Slide;
  readonly langs: readonly Language[];
}

/** The key of a slide shown in `langs`: the same slide in other languages is another frame on screen. */
export const shownFrameKey = (slide: Slide, langs: readonly Language[]): string => `${slide.id}:${langs.join('+')}`;

/** What is on screen at frame `index` of `frames`, at the language turn `langTurn`; `undefined` past the deck's end. */
export function shownFrameAt(snapshot: ShowSnapshot, frames: readonly Frame[], index: number, langTurn: number): ShownFrame | undefined {
  const frame = frames[index];
  const slide = frame === undefined ? undefined : snapshot.deck.slides[frame.slideIndex];
  if (frame === undefined || slide === undefined) return undefined;
  const langs = visibleLanguages(frame, { ...snapshot.state, langTurn }, snapshot.settings.mode);
  return { key: shownFrameKey(slide, langs), slide, langs };
}
