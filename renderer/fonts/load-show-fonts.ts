import type { Deck } from '../../common/deck/deck';

/** The font shorthand the slides use, for `document.fonts.load`. Keep in step with fonts.css. */
const SHOW_FONT = '600 64px "Pretendard Variable"';

/** Longest wait for the fonts before showing the slides anyway: the show must go on. */
const FONT_TIMEOUT_MS = 8000;

/** Every character the deck shows, once each, so one load fetches every slice it needs. */
export function charactersOf(deck: Deck): string {
  const characters = new Set<string>();
  for (const slide of deck.slides) {
    const texts = [...Object.values(slide.text), slide.signatory ?? '', ...(slide.organizations ?? []).flatMap((org) => [org.name, org.link ?? ''])];
    for (const text of texts) for (const character of text) characters.add(character);
  }
  return [...characters].join('');
}

/**
 * Loads the font slices that the deck's text needs, before any slide is shown or
 * measured, so that no slide is painted in a fallback font and then reflowed.
 * Resolves `false` (and the show goes on in whatever font there is) if the fonts fail
 * or take longer than a few seconds.
 */
export async function loadShowFonts(deck: Deck, fonts: FontFaceSet = document.fonts): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), FONT_TIMEOUT_MS));
  const load = fonts.load(SHOW_FONT, charactersOf(deck)).then(
    (faces) => faces.length > 0,
    () => false,
  );
  const loaded = await Promise.race([load, timeout]);
  if (!loaded) console.warn('Yeondae: the bundled fonts did not load; showing the slides in a fallback font');
  return loaded;
}
