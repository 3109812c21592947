import type { MatchCost, SentenceRange } from './alignment';
import { lengthCost, textLength, type LengthModel } from './length-model';
import { isInOtherScript } from './scripts';

/**
 * How often each kind of match occurs between a text and its translation, from Gale &
 * Church (1993, table 5), by the number of English sentences (row) and Korean sentences
 * (column) it takes. 1-0 and 0-1 each get the share the paper gives the two together, as
 * its program does; 0-0, 0-2 and 2-0 never occur.
 */
const PRIORS: readonly (readonly number[])[] = [
  [0, 0.0099, 0],
  [0.0099, 0.89, 0.089],
  [0, 0.089, 0.011],
];

/** -ln of the priors: the part of a match's cost that does not depend on its lengths. */
const PRIOR_COSTS = PRIORS.map((row) => row.map((prior) => -Math.log(prior)));

/**
 * The cost of a match: -ln of its prior times the probability of its lengths under the
 * model, as Gale & Church score it, with what lengths cannot see about these two
 * languages: a sentence that stands word for word in both texts (a Korean chant inside
 * the English, say) can only be matched with its twin, which costs only its prior; and
 * a sentence in the other language's script with no twin (an English line in the Korean
 * text) stands alone, as text in one language only.
 */
export function galeChurchCost(en: readonly string[], ko: readonly string[], model: LengthModel): MatchCost {
  const enSums = prefixSums(en.map(textLength));
  const koSums = prefixSums(ko.map(textLength));
  const enNormal = en.map(normalized);
  const koNormal = ko.map(normalized);
  const enSet = new Set(enNormal.filter(hasLetters));
  const koSet = new Set(koNormal.filter(hasLetters));
  const enAlone = en.map((text, index) => isInOtherScript(text, 'en') || koSet.has(enNormal[index] ?? ''));
  const koAlone = ko.map((text, index) => isInOtherScript(text, 'ko') || enSet.has(koNormal[index] ?? ''));
  const any = (flags: readonly boolean[], range: SentenceRange): boolean => {
    for (let index = range.from; index < range.to; index += 1) if (flags[index] === true) return true;
    return false;
  };
  const sum = (sums: readonly number[], range: SentenceRange): number => (sums[range.to] ?? 0) - (sums[range.from] ?? 0);

  return (enRange, koRange) => {
    const enCount = enRange.to - enRange.from;
    const koCount = koRange.to - koRange.from;
    const prior = PRIOR_COSTS[enCount]?.[koCount] ?? Infinity;
    const twins = enCount === 1 && koCount === 1 && enSet.has(enNormal[enRange.from] ?? '') && enNormal[enRange.from] === koNormal[koRange.from];
    if (twins) return prior;
    if (enCount > 0 && koCount > 0 && (any(enAlone, enRange) || any(koAlone, koRange))) return Infinity;
    return prior + lengthCost(sum(enSums, enRange), sum(koSums, koRange), model);
  };
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const value of values) sums.push((sums.at(-1) ?? 0) + value);
  return sums;
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

function normalized(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
