import deckFont from 'virtual:yeondae-deck-font';
import { SLIDE_FONT } from '../../common/layout/slide-font';
import { unicodeRangeOf } from '../../common/layout/unicode-range';

let face: FontFace | undefined;

/**
 * The built-in deck's font (Pretendard cut down to its characters at build time, and
 * preloaded by index.html), added to the page's fonts the first time it is asked for.
 * Its unicode-range is exactly its characters, so the browser takes any other character
 * from the next family of the slides' stack, all of Pretendard, and never loads this
 * face for text it cannot set.
 */
export function deckFontFace(fonts: FontFaceSet): FontFace {
  if (face === undefined) {
    const url = new URL(deckFont.file, document.baseURI).href;
    face = new FontFace(SLIDE_FONT.deckFamily, `url("${url}") format("woff2")`, {
      weight: String(SLIDE_FONT.weight),
      unicodeRange: unicodeRangeOf(deckFont.characters),
      display: 'block',
    });
    fonts.add(face);
  }
  return face;
}

/** Splits `text` into the characters the deck's font has and those only all of Pretendard has. */
export function splitByDeckFont(text: string): { readonly inDeckFont: string; readonly elsewhere: string } {
  const has = new Set(deckFont.characters);
  const characters = [...text];
  return { inDeckFont: characters.filter((character) => has.has(character)).join(''), elsewhere: characters.filter((character) => !has.has(character)).join('') };
}
