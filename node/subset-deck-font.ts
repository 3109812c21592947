import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { SLIDE_FONT } from '../common/layout/slide-font';

/** Pretendard's variable font, whole, as the pretendard package ships it. */
const FULL_FONT = 'pretendard/dist/web/variable/woff2/PretendardVariable.woff2';

/**
 * The OpenType features the slides' text needs: those a browser applies by default to
 * horizontal Latin and Hangul text (HarfBuzz's default shaping features: composition,
 * localized forms, marks, kerning, ligatures and contextual alternates, Hangul jamo
 * forms). Pretendard's other features (stylistic sets, tabular figures, fractions…) are
 * never switched on by the slides and are left out of the cut.
 */
const SLIDE_FEATURES = ['ccmp', 'locl', 'rvrn', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'ljmo', 'vjmo', 'tjmo'];

/**
 * Cuts Pretendard down, with harfbuzz's hb-subset, to exactly `characters`, instanced at
 * the weight the slides use, and writes it as woff2: the one font file the built-in
 * statement needs.
 */
export async function subsetDeckFont(characters: string): Promise<Buffer> {
  const full = await readFile(createRequire(import.meta.url).resolve(FULL_FONT));
  return subsetFont(full, characters, { targetFormat: 'woff2', keepFeatures: SLIDE_FEATURES, variationAxes: { wght: SLIDE_FONT.weight } });
}
