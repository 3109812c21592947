import type { Deck, Language, Slide } from './deck';

/** The texts a slide shows in `langs`: its text in each, and the signatory and organizations under the first. */
function textsOf(slide: Slide, langs: readonly Language[]): string[] {
  const extras = [slide.signatory ?? '', ...(slide.organizations ?? []).flatMap((org) => [org.name, org.link ?? ''])];
  return [...langs.map((lang) => slide.text[lang] ?? ''), ...(langs.length > 0 ? extras : [])];
}

/** Every character of `texts`, once each, in the order first met. */
function distinctCharacters(texts: readonly string[]): string {
  const characters = new Set<string>();
  for (const text of texts) for (const character of text) characters.add(character);
  return [...characters].join('');
}

/** Every character a slide shows in `langs`, once each: what its fonts must have before it is shown. */
export function charactersOfSlide(slide: Slide, langs: readonly Language[]): string {
  return distinctCharacters(textsOf(slide, langs));
}

/**
 * Every character the deck's slides show (their texts in every language, the signatory,
 * the organizations and their links), once each, in the order first met. The built-in
 * deck's characters are what its font is cut down to at build time.
 */
export function charactersOf(deck: Deck): string {
  return distinctCharacters(deck.slides.flatMap((slide) => textsOf(slide, Object.keys(slide.text) as Language[])));
}
