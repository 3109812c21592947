import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heightAt, largestFittingSize, type MeasuredBlock } from '../../../common/layout/measured-fit';

const STRICT = { breakInsideRuns: false };

/** One block of `runs` em-wide words, a quarter-em space, line height 1.25, lines of at most 36 em. */
const block = (runs: readonly number[], extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  scale: 1,
  lineHeight: 1.25,
  maxLineEm: 36,
  marginTop: 0,
  space: 0.25,
  paragraphs: [{ runs, marginTop: 0 }],
  ...extra,
});

describe('heightAt', () => {
  it('is the lines the text wraps into at that size, times its line height, plus its gaps', () => {
    // 10 em of words per line at 100 px in a 1000.5 px box: three 4-em words take two lines.
    expect(heightAt([block([4, 4, 4])], 100, 1000.5, STRICT)).toBe(2 * 125);
    const stacked = [block([4]), block([4], { scale: 0.5, marginTop: 1, lineHeight: 1.5 })];
    expect(heightAt(stacked, 100, 1000.5, STRICT)).toBe(125 + 50 * (1 + 1.5));
  });

  it('keeps lines within the longest line allowed, however wide the box', () => {
    expect(heightAt([block([4, 4, 4], { maxLineEm: 8.5 })], 100, 10_000, STRICT)).toBe(2 * 125);
  });

  it('is infinite when a word is wider than its line, unless words may break inside', () => {
    expect(heightAt([block([12])], 100, 1000, STRICT)).toBe(Infinity);
    expect(heightAt([block([12])], 100, 1000, { breakInsideRuns: true })).toBe(2 * 125);
  });
});

describe('largestFittingSize', () => {
  it('finds the largest whole-pixel size at which the text fits the box', () => {
    const words = [block([3, 5, 2, 4, 6, 3, 2, 5, 4, 3])];
    const size = largestFittingSize(words, { width: 800, height: 300 }, 200, 6, STRICT);
    expect(size).toBeDefined();
    expect(heightAt(words, size ?? 0, 800, STRICT)).toBeLessThanOrEqual(300);
    expect(heightAt(words, (size ?? 0) + 1, 800, STRICT)).toBeGreaterThan(299.5);
  });

  it('stops at the largest size asked for', () => {
    expect(largestFittingSize([block([1])], { width: 1000, height: 1000 }, 80.7, 6, STRICT)).toBe(80);
  });

  it('finds none when a word is too wide even at the smallest size, and one when words may break', () => {
    expect(largestFittingSize([block([500])], { width: 1000, height: 1000 }, 80, 6, STRICT)).toBeUndefined();
    expect(largestFittingSize([block([500])], { width: 1000, height: 1000 }, 80, 6, { breakInsideRuns: true })).toBeGreaterThanOrEqual(6);
  });

  it('always returns a size that fits and one pixel more that does not, for any text and box', () => {
    const runs = fc.array(fc.double({ min: 0.2, max: 8, noNaN: true }), { minLength: 1, maxLength: 60 });
    const box = fc.record({ width: fc.integer({ min: 200, max: 8000 }), height: fc.integer({ min: 150, max: 5000 }) });
    let sized = 0;
    fc.assert(
      fc.property(runs, box, (words, area) => {
        const blocks = [block(words)];
        const size = largestFittingSize(blocks, area, 400, 6, STRICT);
        if (size === undefined) {
          // None is the right answer only when even the smallest size does not fit.
          expect(heightAt(blocks, 6, area.width, STRICT)).toBeGreaterThan(area.height);
          return;
        }
        sized += 1;
        expect(heightAt(blocks, size, area.width, STRICT)).toBeLessThanOrEqual(area.height);
        if (size < 400) expect(heightAt(blocks, size + 1, area.width, STRICT)).toBeGreaterThan(area.height - 0.5);
      }),
    );
    // Words of at most 8 em fit these boxes at 6 px: a run that sized none checked nothing.
    expect(sized).toBeGreaterThan(0);
  });
});
