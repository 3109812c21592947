import type { Language } from '../deck/deck';
import type { ShowSettings } from '../settings/show-settings';

type ReadingSettings = Pick<ShowSettings, 'readingLeadInSeconds' | 'readingCharactersPerSecond' | 'slideMinSeconds' | 'slideMaxSeconds'>;

/**
 * How long a reader needs for `text` in `lang`, from across a room: a lead-in (to notice
 * the change and find the first line) plus the characters at the language's reading
 * rate, clamped between the shortest and the longest time a slide stays up.
 */
export function readingTimeMs(text: string, lang: Language, settings: ReadingSettings): number {
  const characters = [...text].length;
  const seconds = settings.readingLeadInSeconds + characters / settings.readingCharactersPerSecond[lang];
  return Math.round(1000 * Math.min(settings.slideMaxSeconds, Math.max(settings.slideMinSeconds, seconds)));
}
