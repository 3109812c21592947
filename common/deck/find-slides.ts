import type { Deck, Slide } from './deck';

/**
 * Text as the finder compares it: NFC, so Korean typed on any keyboard (precomposed
 * syllables, or jamo a system decomposed) compares syllable for syllable; lower case, so
 * Latin letters match in either case; and runs of white space (a line break in the
 * statement) as one space.
 */
function searchable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/gu, ' ');
}

/** Everything of a slide a presenter may type to find it: its id and its words in every language. */
function slideWords(slide: Slide): string {
  return searchable([slide.id, ...Object.values(slide.text), slide.signatory ?? '', ...(slide.organizations ?? []).map((organization) => organization.name)].join('\n'));
}

/**
 * The indexes of the slides whose text contains `query`, in show order; every slide for
 * an empty query. Korean matches on the syllables as typed, so `연대` finds 연대하며.
 */
export function findSlides(deck: Deck, query: string): number[] {
  const wanted = searchable(query).trim();
  const indexes = deck.slides.map((_slide, index) => index);
  return wanted === '' ? indexes : indexes.filter((index) => slideWords(deck.slides[index]!).includes(wanted));
}
