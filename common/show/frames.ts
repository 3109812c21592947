import { languagesOf, type Deck, type Language } from '../deck/deck';
import type { AlternationMode } from '../settings/show-settings';

/**
 * One step of the show: a slide with the languages it is shown in. In `sequence` and
 * `single` a frame has one language; in `stacked` all of the slide's languages are on
 * screen at once; in `in-place` they take turns on the same frame.
 */
export interface Frame {
  readonly slideIndex: number;
  readonly langs: readonly Language[];
}

/**
 * The order in which the show steps through the deck in an alternation mode. A slide
 * with one language appears once, in that language, in every mode, so the show never
 * shows an empty slide.
 */
export function buildFrames(deck: Deck, languages: readonly Language[], mode: AlternationMode = 'sequence'): Frame[] {
  return deck.slides.flatMap((slide, slideIndex): Frame[] => {
    const langs = languagesOf(slide, languages);
    switch (mode) {
      case 'sequence':
        return langs.map((lang) => ({ slideIndex, langs: [lang] }));
      case 'single':
        return [{ slideIndex, langs: langs.slice(0, 1) }];
      case 'stacked':
      case 'in-place':
        return [{ slideIndex, langs }];
    }
  });
}

/** The frame that shows `slideId`, in `lang` when it has it, else its first frame. */
export function findFrame(frames: readonly Frame[], deck: Deck, slideId: string, lang?: Language): number | undefined {
  const slideIndex = deck.slides.findIndex((slide) => slide.id === slideId);
  return slideIndex < 0 ? undefined : findSlideFrame(frames, slideIndex, lang);
}

/** The frame of a slide, preferring one that shows `lang`. */
export function findSlideFrame(frames: readonly Frame[], slideIndex: number, lang?: Language): number | undefined {
  const exact = frames.findIndex((frame) => frame.slideIndex === slideIndex && lang !== undefined && frame.langs.includes(lang));
  if (exact >= 0) return exact;
  const any = frames.findIndex((frame) => frame.slideIndex === slideIndex);
  return any >= 0 ? any : undefined;
}
