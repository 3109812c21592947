import type { Deck } from '../common/deck/deck';

/**
 * The deck as the `npm run deck -- --json` document: `{"languages": [...], "slides":
 * [{"id", "kind", "text": {lang: text}}]}`, with `signatory` and `organizations` on the
 * slides that have them.
 */
export function deckToJson(deck: Deck): string {
  const document = {
    languages: deck.languages,
    slides: deck.slides.map((slide) => ({
      id: slide.id,
      kind: slide.kind,
      text: Object.fromEntries(deck.languages.flatMap((lang) => (slide.text[lang] === undefined ? [] : [[lang, slide.text[lang]]]))),
      ...(slide.signatory !== undefined ? { signatory: slide.signatory } : {}),
      ...(slide.organizations !== undefined ? { organizations: slide.organizations } : {}),
    })),
  };
  return JSON.stringify(document, null, 2);
}
