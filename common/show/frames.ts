import { languagesOf, type Deck, type Language } from '../deck/deck';

/** One step of the show: a slide in one language. */
export interface Frame {
  readonly slideIndex: number;
  readonly lang: Language;
}

/**
 * The order in which the show steps through the deck: each slide in every language it
 * has, in the given language order, then the next slide. A slide with one language
 * appears once, so the show never shows an empty slide.
 */
export function buildFrames(deck: Deck, languages: readonly Language[]): Frame[] {
  return deck.slides.flatMap((slide, slideIndex) =>
    languagesOf(slide, languages).map((lang) => ({ slideIndex, lang })),
  );
}

/** The frame that shows `slideId`, in `lang` when it has it, else in its first language. */
export function findFrame(frames: readonly Frame[], deck: Deck, slideId: string, lang?: Language): number | undefined {
  const slideIndex = deck.slides.findIndex((slide) => slide.id === slideId);
  if (slideIndex < 0) return undefined;
  const exact = frames.findIndex((frame) => frame.slideIndex === slideIndex && frame.lang === lang);
  return exact >= 0 ? exact : frames.findIndex((frame) => frame.slideIndex === slideIndex);
}
