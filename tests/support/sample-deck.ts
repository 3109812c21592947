import type { Deck } from '../../common/deck/deck';

/** A small deck with the shapes the real one has: paired segments and one-language ones. */
export const SAMPLE_DECK: Deck = {
  languages: ['en', 'ko'],
  slides: [
    { id: 'a', kind: 'statement', text: { en: 'A in English.', ko: 'A 한국어.' } },
    { id: 'b', kind: 'statement', text: { en: 'B in English.', ko: 'B 한국어.' } },
    { id: 'signature', kind: 'signature', text: { en: 'In solidarity,' } },
    { id: 'closing', kind: 'closing', text: { ko: 'Free Free Palestine!' } },
  ],
};
