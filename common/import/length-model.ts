/**
 * The length model of Gale & Church (1993), "A program for aligning sentences in
 * bilingual corpora": the length of a translation is about `ratio` times the length of
 * its original, with a spread that grows with the length (`variance` per character).
 * Korean packs more into a character than English, so the ratio is far from 1, and it
 * is estimated from the texts at hand rather than assumed.
 */
export interface LengthModel {
  /** Korean characters per English character. */
  readonly ratio: number;
  /** Variance of the Korean length around `ratio` times the English, per English character. */
  readonly variance: number;
}

/** A length counts characters that are not whitespace, the same in both languages. */
export function textLength(text: string): number {
  let length = 0;
  for (const character of text) if (!/\s/u.test(character)) length += 1;
  return length;
}

/**
 * Estimates the model from pairs of lengths known (or believed) to be translations of
 * each other: whole texts, matching paragraphs, or the 1-1 matches of a first alignment.
 * The variance is kept above a floor, so that a few pairs of very even lengths cannot
 * make every other pair look impossible.
 */
export function estimateLengthModel(pairs: readonly (readonly [en: number, ko: number])[]): LengthModel {
  const totalEn = pairs.reduce((sum, [en]) => sum + en, 0);
  const totalKo = pairs.reduce((sum, [, ko]) => sum + ko, 0);
  const ratio = totalEn > 0 && totalKo > 0 ? totalKo / totalEn : 1;
  const squares = pairs.reduce((sum, [en, ko]) => sum + (ko - ratio * en) ** 2, 0);
  const variance = totalEn > 0 ? squares / totalEn : 0;
  return { ratio, variance: Math.max(variance, MIN_VARIANCE_PER_RATIO * ratio) };
}

/**
 * The floor of the variance, per unit of ratio. Gale & Church measured 6.8 for European
 * languages at a ratio near 1; a quarter of that, scaled to the ratio, still lets a
 * close pair win clearly without ruling out a loose one.
 */
const MIN_VARIANCE_PER_RATIO = 1.7;

/**
 * How unlikely it is that an English text of length `en` and a Korean text of length
 * `ko` say the same thing, as -ln of the two-sided probability of so large a difference
 * (Gale & Church's δ): 0 for lengths just as the model expects, growing with the square
 * of the surprise. Both 0 costs nothing.
 */
export function lengthCost(en: number, ko: number, model: LengthModel): number {
  if (en === 0 && ko === 0) return 0;
  return -logErfc(Math.abs(lengthSurprise(en, ko, model)) / Math.SQRT2);
}

/** Gale & Church's δ: the standard score of the Korean length given the English one. */
export function lengthSurprise(en: number, ko: number, model: LengthModel): number {
  if (en === 0 && ko === 0) return 0;
  const mean = (en + ko / model.ratio) / 2;
  return (ko - model.ratio * en) / Math.sqrt(model.variance * mean);
}

/**
 * ln(erfc(x)) for x ≥ 0, computed in logs so that it stays finite far into the tail
 * (Numerical Recipes' erfcc, fractional error under 1.2e-7).
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const polynomial =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + polynomial;
}
