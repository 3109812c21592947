import { describe, expect, it } from 'vitest';
import { estimateLengthModel, lengthCost, lengthSurprise, textLength } from '../../../common/import/length-model';

describe('the length model', () => {
  it('counts characters that are not whitespace, Hangul and Latin alike', () => {
    expect(textLength('팔레스타인 해방을\n위하여!')).toBe(12);
    expect(textLength(' Free  Palestine! ')).toBe(14);
  });

  it('estimates the Korean-to-English ratio and the variance from the pairs it is given', () => {
    const model = estimateLengthModel([
      [100, 50],
      [200, 100],
      [100, 60],
    ]);
    expect(model.ratio).toBeCloseTo(210 / 400, 6);
    const squares = (50 - 100 * model.ratio) ** 2 + (100 - 200 * model.ratio) ** 2 + (60 - 100 * model.ratio) ** 2;
    expect(model.variance).toBeCloseTo(Math.max(squares / 400, 1.7 * model.ratio), 6);
  });

  it('keeps the variance above a floor, so even lengths cannot rule out every other pair', () => {
    expect(estimateLengthModel([[100, 50]]).variance).toBeGreaterThan(0);
  });

  it('costs least for lengths as the ratio expects and more the further they stray, without limit', () => {
    const model = { ratio: 0.5, variance: 1 };
    expect(lengthCost(100, 50, model)).toBeCloseTo(0, 6);
    expect(lengthCost(100, 60, model)).toBeGreaterThan(lengthCost(100, 55, model));
    expect(lengthCost(100, 40, model)).toBeGreaterThan(lengthCost(100, 45, model));
    expect(Number.isFinite(lengthCost(1000, 0, model))).toBe(true);
    expect(lengthCost(1000, 0, model)).toBeGreaterThan(lengthCost(100, 0, model));
    expect(lengthCost(0, 0, model)).toBe(0);
  });

  it('follows the normal tail: lengths two standard deviations apart are about 4.6% likely', () => {
    // δ = (ko − ratio·en) / sqrt(variance · (en + ko/ratio) / 2) = 20 / sqrt(variance · 110) = 2.
    const model = { ratio: 1, variance: 100 / 110 };
    expect(lengthSurprise(100, 120, model)).toBeCloseTo(2, 9);
    expect(lengthSurprise(100, 80, { ...model, variance: 100 / 90 })).toBeCloseTo(-2, 9);
    expect(Math.exp(-lengthCost(100, 120, model))).toBeCloseTo(0.0455, 4);
  });
});
