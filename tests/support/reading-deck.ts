import type { Deck } from '../../common/deck/deck';

/** Slides long enough that each language has its own reading time, for tests of the loop's timing. */
export const READING_DECK: Deck = {
  languages: ['en', 'ko'],
  slides: [
    { id: 'long', kind: 'statement', text: { en: 'E'.repeat(130), ko: '가'.repeat(90) } },
    { id: 'mid', kind: 'statement', text: { en: 'E'.repeat(80), ko: '가'.repeat(60) } },
    { id: 'end', kind: 'closing', text: { ko: 'Free Free Palestine!' } },
  ],
};
