import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/deck';
import { findSlides } from '../../../common/deck/find-slides';

const DECK: Deck = {
  languages: ['en', 'ko'],
  slides: [
    { id: '1a', kind: 'statement', text: { en: 'We stand in Solidarity\nwith the people.', ko: '우리는 연대합니다.' } },
    { id: '1b', kind: 'statement', text: { en: 'A second paragraph.', ko: '두 번째 문단입니다.' } },
    { id: 'signature', kind: 'signature', text: { en: 'In solidarity,' }, signatory: 'Sample Collective' },
  ],
};

describe('findSlides', () => {
  it('finds every slide for an empty or blank query', () => {
    expect(findSlides(DECK, '')).toEqual([0, 1, 2]);
    expect(findSlides(DECK, '   ')).toEqual([0, 1, 2]);
  });

  it('matches English letters in either case, across a line break', () => {
    expect(findSlides(DECK, 'SOLIDAR')).toEqual([0, 2]);
    expect(findSlides(DECK, 'solidarity with')).toEqual([0]);
  });

  it('matches Korean on the syllables as typed, also when the system sent them decomposed', () => {
    expect(findSlides(DECK, '연대')).toEqual([0]);
    expect(findSlides(DECK, '문단')).toEqual([1]);
    expect(findSlides(DECK, '연대'.normalize('NFD'))).toEqual([0]);
  });

  it('finds a slide by its id or its signatory, and nothing for words no slide has', () => {
    expect(findSlides(DECK, '1b')).toEqual([1]);
    expect(findSlides(DECK, 'collective')).toEqual([2]);
    expect(findSlides(DECK, 'zebra')).toEqual([]);
  });
});
