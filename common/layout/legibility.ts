import type { Language } from '../deck/deck';
import { wrappedLineCount } from './line-wrap';
import { legibleMinimumPx, LINE_HEIGHT, MAX_LINE_EM, safeArea, type ScreenSize } from './type-scale';

/** Screens a show is likely to meet, checked by the content check. */
export const STANDARD_SCREENS: readonly ScreenSize[] = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

/**
 * A generous estimate of a character's width in em in the bundled font (Pretendard):
 * Hangul syllables are nearly square; Latin capitals and wide letters a bit over half an
 * em. Generous, so the check warns a little early rather than too late.
 */
function characterWidthEm(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) return 0.95;
  if (character === ' ') return 0.27;
  if (/[A-Z0-9mwMW]/u.test(character)) return 0.68;
  if (/[.,:;!'’‘“”()|-]/u.test(character)) return 0.3;
  return 0.56;
}

/** How many lines `text` takes when wrapped between words to `lineEm` em. */
function estimatedLines(text: string, lineEm: number): number {
  const words = text.split(/\s+/u).filter(Boolean);
  const widths = words.map((word) => [...word].reduce((sum, character) => sum + characterWidthEm(character), 0));
  return wrappedLineCount(widths, characterWidthEm(' '), lineEm);
}

/**
 * Whether `text` fits a screen's safe area at the legible minimum size, by estimate.
 * The browser tests measure the real thing; this lets the content check name a segment
 * that an organizer should split before it ever reaches a screen.
 */
export function fitsLegibly(text: string, lang: Language, screen: ScreenSize): boolean {
  const size = legibleMinimumPx(screen);
  const area = safeArea(screen);
  const lineEm = Math.min(area.width / size, MAX_LINE_EM[lang]);
  return estimatedLines(text, lineEm) * LINE_HEIGHT[lang] * size <= area.height;
}

/** The first standard screen on which `text` cannot be set legibly, if any. */
export function firstIllegibleScreen(text: string, lang: Language): ScreenSize | undefined {
  return STANDARD_SCREENS.find((screen) => !fitsLegibly(text, lang, screen));
}
