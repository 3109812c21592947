import type { Deck } from '../../common/deck/deck';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';

/** Two slides in both languages: four frames, enough to see the show move. */
export const TINY_DECK: Deck = {
  languages: ['en', 'ko'],
  slides: [
    { id: 'one', kind: 'statement', text: { en: 'One', ko: '하나' } },
    { id: 'two', kind: 'statement', text: { en: 'Two', ko: '둘' } },
  ],
};

export const TINY_CONTENT = { deck: TINY_DECK, settings: DEFAULT_SETTINGS };
