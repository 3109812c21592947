import { describe, expect, it } from 'vitest';
import { countdownEnd, countdownText, withCountdown } from '../../../common/announcements/announcement';

/** A moment on the test machine's own clock, as the show computer reads its wall clock. */
const at = (hour: number, minute: number, second = 0): number => new Date(2026, 11, 2, hour, minute, second).getTime();

describe('countdownEnd', () => {
  it('ends a duration that long after the announcement went up', () => {
    expect(countdownEnd({ forSeconds: 600 }, at(15, 0)) ).toBe(at(15, 10));
  });

  it('ends a countdown to a time of day at that time today', () => {
    expect(countdownEnd({ until: { hour: 15, minute: 30 } }, at(15, 20, 30))).toBe(at(15, 30));
  });

  it('has no end for a time of day already past, which is then not shown', () => {
    expect(countdownEnd({ until: { hour: 15, minute: 30 } }, at(15, 30))).toBeUndefined();
    expect(countdownEnd({ until: { hour: 9, minute: 0 } }, at(15, 0))).toBeUndefined();
  });
});

describe('countdownText', () => {
  it.each([
    [600_000, '10:00'],
    [599_001, '10:00'],
    [599_000, '9:59'],
    [1, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [3_600_000, '1:00:00'],
    [5_405_000, '1:30:05'],
  ])('shows %i ms left as %s', (remaining, text) => {
    expect(countdownText(remaining)).toBe(text);
  });

  it('puts the clock where each {countdown} stands, and changes nothing else', () => {
    expect(withCountdown('Break — back in {countdown} “soon”', 65_000)).toBe('Break — back in 1:05 “soon”');
    expect(withCountdown('{countdown} 후에 시작합니다', 300_000)).toBe('5:00 후에 시작합니다');
  });
});
