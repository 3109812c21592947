import { describe, expect, it } from 'vitest';
import type { Language } from '../../../common/deck/deck';
import type { AlternationMode } from '../../../common/settings/show-settings';
import { buildFrames, findFrame } from '../../../common/show/frames';
import { SAMPLE_DECK } from '../../support/sample-deck';

const describeFrames = (languages: readonly Language[], mode: AlternationMode = 'sequence') =>
  buildFrames(SAMPLE_DECK, languages, mode).map((frame) => `${SAMPLE_DECK.slides[frame.slideIndex]?.id}:${frame.langs.join('+')}`);

describe('buildFrames', () => {
  it('in sequence, shows each segment in the first language, then the second, then moves on', () => {
    expect(describeFrames(['en', 'ko'])).toEqual(['a:en', 'a:ko', 'b:en', 'b:ko', 'signature:en', 'closing:ko']);
  });

  it('follows the language order of the settings', () => {
    expect(describeFrames(['ko', 'en'])).toEqual(['a:ko', 'a:en', 'b:ko', 'b:en', 'signature:en', 'closing:ko']);
  });

  it('in single, shows each segment once in the first language, and one-language segments in theirs', () => {
    expect(describeFrames(['ko', 'en'], 'single')).toEqual(['a:ko', 'b:ko', 'signature:en', 'closing:ko']);
  });

  it('in stacked and in-place, gives each segment one frame with all its languages, primary first', () => {
    expect(describeFrames(['en', 'ko'], 'stacked')).toEqual(['a:en+ko', 'b:en+ko', 'signature:en', 'closing:ko']);
    expect(describeFrames(['ko', 'en'], 'in-place')).toEqual(['a:ko+en', 'b:ko+en', 'signature:en', 'closing:ko']);
  });

  it.each(['sequence', 'single', 'stacked', 'in-place'] as const)('never makes an empty frame in %s mode', (mode) => {
    for (const frame of buildFrames(SAMPLE_DECK, ['en', 'ko'], mode)) {
      expect(frame.langs.length).toBeGreaterThan(0);
      for (const lang of frame.langs) expect(SAMPLE_DECK.slides[frame.slideIndex]?.text[lang]).toBeTruthy();
    }
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
