import { SLIDE_FONT } from '../../common/layout/slide-font';
import { loadDeckFont, splitByDeckFont } from './deck-font';
import { loadPretendardSlices, pretendardSlicesLoaded } from './slices';
// The characters the slices leave out join the family before any text asks for it.
import './rest-font';

/** The CSS font shorthand of the slides in `family`, for the page's font set. */
const slideFont = (family: string): string => `${SLIDE_FONT.weight} 64px "${family}"`;

/** Longest wait for the fonts before showing the slides anyway: the show must go on. */
const FONT_TIMEOUT_MS = 8000;

/**
 * Loads the fonts `text` needs, and nothing else: the deck's own font for the characters
 * it has (one preloaded file, for the built-in statement every character), and the
 * unicode-range slices of all of Pretendard for any other (a `--content` folder, an
 * edited statement). Resolves `false` (and the show goes on in whatever font there is)
 * if the fonts fail or take longer than a few seconds.
 */
export async function loadShowFonts(text: string, fonts: FontFaceSet = document.fonts): Promise<boolean> {
  const { inDeckFont, elsewhere } = splitByDeckFont(text);
  const loads: Promise<unknown>[] = [];
  if (inDeckFont !== '') loads.push(loadDeckFont());
  if (elsewhere !== '') loads.push(loadPretendardSlices().then(() => fonts.load(slideFont(SLIDE_FONT.fullFamily), elsewhere)));
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), FONT_TIMEOUT_MS));
  const loaded = await Promise.race([Promise.all(loads).then(() => true, () => false), timeout]);
  if (!loaded) console.warn('Yeondae: the bundled fonts did not load; showing the slides in a fallback font');
  return loaded;
}

/** Whether the fonts `text` needs are loaded already, so a slide of it can be shown at once. */
export function showFontsLoaded(text: string, fonts: FontFaceSet = document.fonts): boolean {
  const { inDeckFont, elsewhere } = splitByDeckFont(text);
  // Before the slices are in the page the font set does not know their characters, and would call them loaded.
  return fonts.check(slideFont(SLIDE_FONT.deckFamily), inDeckFont) && (elsewhere === '' || (pretendardSlicesLoaded() && fonts.check(slideFont(SLIDE_FONT.fullFamily), elsewhere)));
}
