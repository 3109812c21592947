import deckFont from 'virtual:yeondae-deck-font';
import { SLIDE_FONT } from '../../common/layout/slide-font';

/**
 * The built-in deck's font: Pretendard cut down to its characters at build time and
 * preloaded by index.html. It joins the page's fonts, and starts decoding, as soon as the
 * bundle runs, while React is still starting. Its unicode-range is exactly its
 * characters, so the browser takes any other character from the next family of the
 * slides' stack, all of Pretendard, and never loads this face for text it cannot set.
 */
const face = new FontFace(SLIDE_FONT.deckFamily, `url("${new URL(deckFont.file, document.baseURI).href}") format("woff2")`, {
  weight: String(SLIDE_FONT.weight),
  unicodeRange: deckFont.unicodeRange,
  display: 'block',
});
document.fonts.add(face);
void face.load().catch(() => undefined);

/** Loads the built-in deck's font (at once if it is there already); rejects if it cannot. */
export function loadDeckFont(): Promise<FontFace> {
  return face.load();
}

const deckCharacters = new Set(deckFont.characters);

/** Splits `text` into the characters the deck's font has and those only all of Pretendard has. */
export function splitByDeckFont(text: string): { readonly inDeckFont: string; readonly elsewhere: string } {
  const characters = [...text];
  return {
    inDeckFont: characters.filter((character) => deckCharacters.has(character)).join(''),
    elsewhere: characters.filter((character) => !deckCharacters.has(character)).join(''),
  };
}
