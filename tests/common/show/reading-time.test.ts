import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../common/settings/settings';
import { readingTimeMs } from '../../../common/show/reading-time';

describe('readingTimeMs', () => {
  it('is a lead-in plus the characters at the language rate', () => {
    const settings = { ...DEFAULT_SETTINGS, readingLeadInSeconds: 1, readingCharactersPerSecond: { en: 10, ko: 5 }, slideMinSeconds: 1 };
    expect(readingTimeMs('x'.repeat(100), 'en', settings)).toBe(11_000);
    expect(readingTimeMs('가'.repeat(50), 'ko', settings)).toBe(11_000);
  });

  it('gives Korean more time per character than English by default', () => {
    const text = 'x'.repeat(120);
    expect(readingTimeMs(text, 'ko', DEFAULT_SETTINGS)).toBeGreaterThan(readingTimeMs(text, 'en', DEFAULT_SETTINGS));
  });

  it('keeps a short slide up for the minimum and a long one no longer than the maximum', () => {
    expect(readingTimeMs('In solidarity,', 'en', DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS.slideMinSeconds * 1000);
    expect(readingTimeMs('x'.repeat(5000), 'en', DEFAULT_SETTINGS)).toBe(DEFAULT_SETTINGS.slideMaxSeconds * 1000);
  });

  it('counts characters, not UTF-16 units', () => {
    const settings = { ...DEFAULT_SETTINGS, readingLeadInSeconds: 0, readingCharactersPerSecond: { en: 1, ko: 1 }, slideMinSeconds: 1 };
    expect(readingTimeMs('팔레스타인', 'ko', settings)).toBe(5000);
  });
});
