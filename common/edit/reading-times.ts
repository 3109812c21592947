import type { Deck, Language } from '../deck/deck';
import type { Settings } from '../settings/settings';
import { buildFrames } from '../show/frames';
import { readingTimeMs } from '../show/reading-time';

/** How long one round of the loop takes with these settings: each frame's reading time, as the loop keeps it (loop-timing.ts). */
export function roundLengthMs(deck: Deck, settings: Settings): number {
  const time = (slideIndex: number, lang: Language): number => readingTimeMs(deck.slides[slideIndex]?.text[lang] ?? '', lang, settings);
  return buildFrames(deck, settings.languages, settings.mode).reduce((total, frame) => {
    const times = frame.langs.map((lang) => time(frame.slideIndex, lang));
    // Stacked languages are read side by side; in place, they take turns; otherwise a frame is one language.
    if (settings.mode === 'stacked') return total + Math.max(0, ...times);
    if (settings.mode === 'in-place') return total + times.reduce((sum, ms) => sum + ms, 0);
    return total + (times[0] ?? 0);
  }, 0);
}
