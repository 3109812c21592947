import type { Deck } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { buildFrames, findFrame } from './frames';
import { visibleLanguages, type Show } from './show-model';

/** The settings a person can switch live (M, L, A); the rest always follow the files. */
const LIVE_SETTINGS = ['mode', 'languages', 'autoLoop'] as const;

/**
 * The id of the slide to stay on in `next`: the same slide when it is still there, else
 * the nearest one that remains, looking forward first (the show was heading there), then
 * back. `undefined` when no slide of the old deck remains.
 */
export function nearestRemainingSlide(previous: Deck, slideIndex: number, next: Deck): string | undefined {
  const remaining = new Set(next.slides.map((slide) => slide.id));
  for (let distance = 0; distance < previous.slides.length; distance += 1) {
    for (const index of [slideIndex + distance, slideIndex - distance]) {
      const id = previous.slides[index]?.id;
      if (id !== undefined && remaining.has(id)) return id;
    }
  }
  return undefined;
}

/**
 * The show after its content was edited while it runs: the same slide by id (or the
 * nearest that remains) in the same language, the loop and black screen as they were.
 * A setting the files changed takes the files' new value; one they did not change keeps
 * what a person switched live (the mode set with M stays until the file says otherwise).
 */
export function carryOver(show: Show, previousDeck: Deck, previousFileSettings: Settings, deck: Deck, fileSettings: Settings, now: number): Show {
  const live = Object.fromEntries(LIVE_SETTINGS.filter((key) => previousFileSettings[key] === fileSettings[key]).map((key) => [key, show.settings[key]]));
  const settings: Settings = { ...fileSettings, ...live };
  const oldFrames = buildFrames(previousDeck, show.settings.languages, show.settings.mode);
  const current = oldFrames[show.state.frame];
  const frames = buildFrames(deck, settings.languages, settings.mode);
  const slideId = current === undefined ? undefined : nearestRemainingSlide(previousDeck, current.slideIndex, deck);
  const lang = current === undefined ? undefined : visibleLanguages(current, show.state, show.settings.mode)[0];
  const frame = slideId === undefined ? 0 : (findFrame(frames, deck, slideId, lang) ?? 0);
  const sameFrame = previousDeck.slides[current?.slideIndex ?? -1]?.id === slideId && frame === show.state.frame;
  return {
    settings,
    state: { ...show.state, frame: Math.min(frame, Math.max(0, frames.length - 1)), ...(sameFrame ? {} : { langTurn: 0, shownAt: now }) },
  };
}
