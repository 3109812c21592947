import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrappedLineCount } from '../../../common/layout/line-wrap';

const widths = fc.array(fc.double({ min: 0.1, max: 20, noNaN: true }), { maxLength: 30 });

describe('wrappedLineCount', () => {
  it('fills each line with as many runs as fit, the spaces between them included', () => {
    expect(wrappedLineCount([3, 3, 3], 1, 7)).toBe(2);
    expect(wrappedLineCount([3, 3, 3], 1, 6.9)).toBe(3);
    expect(wrappedLineCount([3, 3, 3], 1, 11)).toBe(1);
    expect(wrappedLineCount([], 1, 10)).toBe(0);
  });

  it('gives a run wider than the line the lines it needs broken inside', () => {
    expect(wrappedLineCount([25], 1, 10)).toBe(3);
    expect(wrappedLineCount([2, 25, 2], 1, 10)).toBe(4);
  });

  it('never takes more lines on a wider line: the fit relies on it', () => {
    fc.assert(
      fc.property(widths, fc.double({ min: 1, max: 40, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (runs, width, wider) => {
        expect(wrappedLineCount(runs, 0.3, width + wider)).toBeLessThanOrEqual(wrappedLineCount(runs, 0.3, width));
      }),
    );
  });

  it('takes at least the lines the runs need end to end', () => {
    fc.assert(
      fc.property(widths, fc.double({ min: 1, max: 40, noNaN: true }), (runs, width) => {
        const total = runs.reduce((sum, run) => sum + run, 0);
        expect(wrappedLineCount(runs, 0.3, width)).toBeGreaterThanOrEqual(Math.ceil(total / width - 1e-9));
      }),
    );
  });
});
