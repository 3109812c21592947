import type { Language } from '../deck/deck';
import { startsWithHangul } from './scripts';

/**
 * English abbreviations after which `Intl.Segmenter` ends a sentence that goes on:
 * titles before a name, Latin short forms and months. Words that often do end a
 * sentence ("etc.", "Inc.") are left out: two sentences broken apart by mistake can
 * still share a slide, but one made of two by mistake can never be cut between them.
 */
const ENGLISH_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'fr', 'sr', 'st', 'mt', 'gen', 'col', 'lt', 'capt', 'sgt',
  'gov', 'sen', 'rep', 'pres', 'e.g', 'i.e', 'cf', 'vs', 'approx', 'fig', 'vol', 'pp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that end a sentence unless a number follows: "No. 5", "p. 12". */
const BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'art']);

const CLOSING_QUOTE = /[”’"'»」』)\]]$/u;

/**
 * Whether a sentence break that `Intl.Segmenter` found between `before` and `after` (the
 * text of the paragraph on either side of it) is a false one, by the rules of `lang`:
 *  - Korean: a closing quote followed at once by a particle, as in `“평화!”라고`, quotes
 *    a sentence inside the sentence;
 *  - English: an abbreviation ("Dr. Kim", "e.g. this", "No. 5") is not the end of a
 *    sentence. (Initials are left alone: "John F. Kennedy" and "Plan B. Then" look the
 *    same to a rule.)
 * Brackets are handled by the caller: no sentence ends inside them, in either language.
 */
export function isFalseSentenceEnd(before: string, after: string, lang: Language): boolean {
  return lang === 'ko' ? quoteBeforeParticle(before, after) : abbreviationBefore(before, after);
}

function quoteBeforeParticle(before: string, after: string): boolean {
  return CLOSING_QUOTE.test(before) && startsWithHangul(after);
}

function abbreviationBefore(before: string, after: string): boolean {
  const word = /(?:^|[\s(“‘"'])([A-Za-z]+(?:\.[A-Za-z]+)*)\.\s*$/u.exec(before)?.[1];
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  if (ENGLISH_ABBREVIATIONS.has(lower)) return true;
  return BEFORE_NUMBER.has(lower) && /^\d/u.test(after);
}

/**
 * Sentence starts that `Intl.Segmenter` misses in `text` (offsets into it). It does not
 * end a sentence at a full stop when the next word starts with a small letter or a
 * number, taking the stop for an abbreviation's. Two cases are clear all the same:
 *  - English: a stop after a whole word or number that is no known abbreviation, before
 *    a number ("at war today. 70 years later, …");
 *  - Korean: a stop after a Hangul syllable, before anything (Korean abbreviates
 *    nothing with a stop: "확인하세요. aria-label 속성은 …").
 */
export function missedSentenceStarts(text: string, lang: Language): number[] {
  const pattern = lang === 'en' ? ENGLISH_STOP_BEFORE_NUMBER : KOREAN_STOP;
  const starts: number[] = [];
  for (const match of text.matchAll(pattern)) {
    const word = (match[1] ?? '').toLowerCase();
    if (!ENGLISH_ABBREVIATIONS.has(word) && !BEFORE_NUMBER.has(word)) starts.push(match.index + match[0].length);
  }
  return starts;
}

const ENGLISH_STOP_BEFORE_NUMBER = /(?<=^|\s)([\p{L}\p{N}’'-]{2,})\.[”’"')\]]*\s+(?=[“‘"'(]?\d)/gu;
const KOREAN_STOP = /[\uac00-\ud7a3]\.[”’"')\]]*\s+(?=\S)/gu;

/** How a text changes the depth of brackets: `(` and `[` open, `)` and `]` close. */
export function bracketDepthChange(text: string, depth: number): number {
  let level = depth;
  for (const character of text) {
    if (character === '(' || character === '[' || character === '（') level += 1;
    else if ((character === ')' || character === ']' || character === '）') && level > 0) level -= 1;
  }
  return level;
}
