import { describe, expect, it } from 'vitest';
import { buildFrames, findFrame } from '../../../common/show/frames';
import { SAMPLE_DECK } from '../../support/sample-deck';

const describeFrames = (languages: readonly ('en' | 'ko')[]) =>
  buildFrames(SAMPLE_DECK, languages).map((frame) => `${SAMPLE_DECK.slides[frame.slideIndex]?.id}:${frame.lang}`);

describe('buildFrames', () => {
  it('shows each segment in the first language, then the second, then moves to the next segment', () => {
    expect(describeFrames(['en', 'ko'])).toEqual(['a:en', 'a:ko', 'b:en', 'b:ko', 'signature:en', 'closing:ko']);
  });

  it('follows the language order of the settings', () => {
    expect(describeFrames(['ko', 'en'])).toEqual(['a:ko', 'a:en', 'b:ko', 'b:en', 'signature:en', 'closing:ko']);
  });

  it('shows a one-language segment once and never an empty slide', () => {
    const frames = buildFrames(SAMPLE_DECK, ['en', 'ko']);
    for (const frame of frames) expect(SAMPLE_DECK.slides[frame.slideIndex]?.text[frame.lang]).toBeTruthy();
  });
});

describe('findFrame', () => {
  const frames = buildFrames(SAMPLE_DECK, ['en', 'ko']);

  it('finds a slide in the asked language', () => {
    expect(findFrame(frames, SAMPLE_DECK, 'b', 'ko')).toBe(3);
  });

  it('falls back to the slide in its first language when it lacks the asked one', () => {
    expect(findFrame(frames, SAMPLE_DECK, 'closing', 'en')).toBe(5);
    expect(findFrame(frames, SAMPLE_DECK, 'b')).toBe(2);
  });

  it('finds nothing for an unknown id', () => {
    expect(findFrame(frames, SAMPLE_DECK, 'nope')).toBeUndefined();
  });
});
