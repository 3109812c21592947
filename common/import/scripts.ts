import type { Language } from '../deck/deck';

/** Hangul: syllables, and the jamo and compatibility jamo they are made of. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const HANGUL_AT_START = new RegExp(`^${HANGUL.source}`, 'u');
const LATIN = /[A-Za-z]/u;

/** Whether `text` starts with a Hangul letter (a particle, after a quotation). */
export function startsWithHangul(text: string): boolean {
  return HANGUL_AT_START.test(text);
}

/**
 * Whether `text`, found in the `lang` text, is written wholly in the other language's
 * script: Hangul and no Latin letter in the English, Latin and no Hangul in the Korean.
 * Such a sentence is a quotation in the other language, or a line in one language only.
 */
export function isInOtherScript(text: string, lang: Language): boolean {
  return lang === 'en' ? HANGUL.test(text) && !LATIN.test(text) : LATIN.test(text) && !HANGUL.test(text);
}
