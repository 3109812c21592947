import type { Language } from '../deck/deck';

/** A screen or window, in CSS pixels. */
export interface ScreenSize {
  readonly width: number;
  readonly height: number;
}

export function isPortrait(screen: ScreenSize): boolean {
  return screen.height > screen.width;
}

/**
 * The margin kept clear on every side, as a fraction of the shorter side: projectors
 * and TVs crop or blur the edges of the picture (overscan).
 */
export const SAFE_MARGIN_FRACTION = 0.06;

/** The box text may use on a screen: the screen less its safe margin on every side. */
export function safeArea(screen: ScreenSize): ScreenSize {
  const margin = SAFE_MARGIN_FRACTION * Math.min(screen.width, screen.height);
  return { width: screen.width - 2 * margin, height: screen.height - 2 * margin };
}

/**
 * The smallest text a room can read, after the AV sizing norm (ANSI/AVIXA DISCAS): text
 * about 1/200 of the viewing distance, about 3% of the image height in a room sized to
 * the screen. Portrait panels are read from nearer, so 2% of their (taller) height.
 */
export function legibleMinimumPx(screen: ScreenSize): number {
  return (isPortrait(screen) ? 0.02 : 0.03) * screen.height;
}

/**
 * The largest text size, so that a two-word slide is big but not absurd and a long one
 * keeps lines of a readable length (about 40 characters at 16:9) rather than a wall of
 * words: under a twelfth of the height, and a fourteenth of the width for portrait panels.
 */
export function largestSizePx(screen: ScreenSize): number {
  return Math.min(0.085 * screen.height, 0.07 * screen.width);
}

/**
 * Line height per script. Hangul's square, dense glyphs need more leading than Latin
 * to keep lines apart when read from across a room.
 */
export const LINE_HEIGHT: Readonly<Record<Language, number>> = { en: 1.25, ko: 1.5 };

/**
 * The longest line, in em, so that ultrawide screens never get one endless line: about
 * 75 characters of English and about 40 of Korean (a Hangul syllable is 1 em wide, a
 * space about a quarter). Checked against real rendering by the browser tests.
 */
export const MAX_LINE_EM: Readonly<Record<Language, number>> = { en: 36, ko: 34 };
