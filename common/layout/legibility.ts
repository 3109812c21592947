import type { Language } from '../deck/deck';
import { wrappedLineCount } from './line-wrap';
import { legibleMinimumPx, LINE_HEIGHT, MAX_LINE_EM, safeArea, type ScreenSize } from './type-scale';
import { linePieces } from './word-runs';

/**
 * The screens the content check holds every slide to: the smallest landscape and portrait
 * screens the browser tests fit the statement to (tests/e2e/fit-matrix.test.ts), and the
 * common ones. The legible minimum grows with the screen, so what decides is the shape.
 */
export const SUPPORTED_SCREENS: readonly ScreenSize[] = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 600, height: 800 },
  { width: 1080, height: 1920 },
];

/** What one language's frame of a slide sets: its text, then groups of lines below it (the signatory; the organizations). */
export interface FrameText {
  readonly text: string;
  readonly below?: readonly (readonly string[])[];
}

/** The gap above each group below the text, in em; keep in step with `.slide-signatory` and `.slide-organizations`. */
const GAP_BELOW_EM = 0.6;

/**
 * A generous estimate of a character's width in em in the bundled font (Pretendard):
 * Hangul syllables are nearly square, other East Asian characters and emoji a full em,
 * Latin capitals and wide letters a bit over half an em. Generous, so the check refuses
 * a little early rather than let a slide through that the fit would set too small.
 */
function characterWidthEm(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) return 0.95;
  if (/[\u1100-\u115F\u2E80-\uA4CF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u.test(character)) return 1;
  if (character === ' ') return 0.27;
  if (/[A-Z0-9mwMW]/u.test(character)) return 0.68;
  if (/[.,:;!'’‘“”()|-]/u.test(character)) return 0.3;
  return 0.56;
}

const widthEm = (run: string): number => [...run.replace(/\s+/gu, ' ')].reduce((sum, character) => sum + characterWidthEm(character), 0);

/** Why a frame cannot be set legibly on a screen: its lines do not fit, or one run is wider than a line. */
export type Illegible = { readonly screen: ScreenSize; readonly tooWide?: string };

/**
 * Whether a frame fits a screen's safe area at the legible minimum size, by estimate,
 * and if not, why. Lines break only where the renderer lets them (word-runs.ts'
 * `linePieces`, as renderer/show/WholeWords.tsx sets the text): between words, and inside
 * a web address at its break points, so an address counts as its longest piece between
 * them. A piece wider than a line does not wrap:
 * the fit (renderer/fit/fit-text.ts) sets the whole slide smaller until it fits, and
 * only breaks inside it (`data-squeezed`) once not even 6 px would do, by which point the
 * slide is long past legible. So such a piece is counted by its length, and refused.
 * The browser tests measure the real thing; this lets the content check refuse a segment
 * an organizer should split before it ever reaches a screen.
 */
export function legibility(frame: FrameText | string, lang: Language, screen: ScreenSize): Illegible | undefined {
  const { text, below = [] } = typeof frame === 'string' ? { text: frame } : frame;
  const size = legibleMinimumPx(screen);
  const area = safeArea(screen);
  const lineEm = Math.min(area.width / size, MAX_LINE_EM[lang]);
  let lines = 0;
  for (const block of [text, ...below.flat()]) {
    const { pieces, joined } = linePieces(block.trim());
    const tooWide = pieces.find((piece) => widthEm(piece) > lineEm);
    if (tooWide !== undefined) return { screen, tooWide: tooWide.trim() };
    lines += Math.max(1, wrappedLineCount(pieces.map(widthEm), characterWidthEm(' '), lineEm, joined));
  }
  const gapsEm = below.filter((group) => group.length > 0).length * GAP_BELOW_EM;
  return (lines * LINE_HEIGHT[lang] + gapsEm) * size <= area.height ? undefined : { screen };
}

/** Whether a frame can be set legibly on `screen`. */
export function fitsLegibly(frame: FrameText | string, lang: Language, screen: ScreenSize): boolean {
  return legibility(frame, lang, screen) === undefined;
}

/** Why a frame cannot be set legibly on the first supported screen where it cannot, if any. */
export function firstIllegible(frame: FrameText | string, lang: Language): Illegible | undefined {
  for (const screen of SUPPORTED_SCREENS) {
    const illegible = legibility(frame, lang, screen);
    if (illegible !== undefined) return illegible;
  }
  return undefined;
}
