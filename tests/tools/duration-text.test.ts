import { describe, expect, it } from 'vitest';
import { durationText } from '../../tools/duration-text';

describe('a duration as text', () => {
  it('says seconds alone under a minute, minutes and seconds under an hour, and hours past it', () => {
    expect(durationText(45_000)).toBe('45 s');
    expect(durationText(372_000)).toBe('6 min 12 s');
    expect(durationText(3_605_000)).toBe('1 h 0 min 5 s');
  });

  it('rounds to the nearest second, and never goes below zero', () => {
    expect(durationText(59_499)).toBe('59 s');
    expect(durationText(59_500)).toBe('1 min 0 s');
    expect(durationText(-20)).toBe('0 s');
  });
});
