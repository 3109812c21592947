import { describe, expect, it } from 'vitest';
import type { Slide } from '../../common/deck/deck';
import { firstChoice, labelLanguage, languagesToRead } from '../../renderer/read/reading-choice';

describe('what a reader reads', () => {
  it('starts in the first of the browser’s languages the statement has, else in both', () => {
    expect(firstChoice(['ko-KR', 'en-US'])).toBe('ko');
    expect(firstChoice(['fr-FR', 'en-GB', 'ko'])).toBe('en');
    expect(firstChoice(['ar', 'fr'])).toBe('both');
    expect(firstChoice([])).toBe('both');
  });

  it('speaks the language read, or with both, the browser’s', () => {
    expect(labelLanguage('ko', ['en-US'])).toBe('ko');
    expect(labelLanguage('both', ['ko-KR'])).toBe('ko');
    expect(labelLanguage('both', ['ar'])).toBe('en');
  });

  it('reads a part in the languages chosen that it has, in the statement’s order, and one written in one language in that one', () => {
    const both: Slide = { id: 'a', kind: 'statement', text: { en: 'A.', ko: '가.' } };
    const koreanOnly: Slide = { id: 'b', kind: 'closing', text: { ko: '나.' } };
    expect(languagesToRead(both, 'en', ['en', 'ko'])).toEqual(['en']);
    expect(languagesToRead(both, 'both', ['ko', 'en'])).toEqual(['ko', 'en']);
    expect(languagesToRead(koreanOnly, 'en', ['en', 'ko'])).toEqual(['ko']);
  });
});
