/**
 * Section heads: what opens a section of a statement and names or numbers it rather than
 * saying something itself. The general rule: a head is a label (a number, a numeral or a
 * letter, alone or with the word that says what it numbers, and its punctuation: `3`,
 * `3.`, `III.`, `(a)`, `Article 3`, `Section 6 –`, `제3조`, `6조 -`, `第三条`, `一.`), alone
 * or with a short title (`1. Correction`, `Section 7 – Other Terms and Conditions.`), or
 * a short line of its own with no punctuation at its end (`Attribution`, `참고`). A head
 * belongs with what follows it, never with what came before; and a sentence that starts
 * with a label (`a. The Licensor shall…`) starts a section of its own.
 *
 * A label also says which section it is, in a way both languages share: `3.`, `III.`,
 * `제3조` and `Article 3` are all section 3, `b.` and `나.` item 2. The aligner matches
 * sections by these keys (align-texts.ts).
 */

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,7}|[ivxlc]{2,7}|[一二三四五六七八九十百]+|[\u2460-\u2473]`;
const LETTER = String.raw`[A-Za-z]|[가나다라마바사아자차카타파하]`;
const WORD_LABEL = String.raw`(?:Article|Art\.|Section|Sec\.|§|Chapter|Part|Clause|Principle|Rule|Step|Schedule|Annex)\s*(${NUMBER})`;
const KOREAN_LABEL = String.raw`(?:제\s*)?(${NUMBER})\s*(?:조|장|절|항|편|관|원칙)`;
const CJK_LABEL = String.raw`第\s*(${NUMBER})\s*[条條章節款项項]`;
const BARE_LABEL = String.raw`[(（]?(${NUMBER}|${LETTER})[.)）．、:](?=\s|$)`;
const ALONE_LABEL = String.raw`(${NUMBER})(?=[\s.:–—-]*$)`;

/** A label at the start of a sentence; the groups hold its number or letter, by the kind of label. */
const LABEL = new RegExp(`^(?:${WORD_LABEL}|${KOREAN_LABEL}|${CJK_LABEL}|${BARE_LABEL}|${ALONE_LABEL})`, 'u');
/** What may stand between a label and its title. */
const SEPARATOR = /^[\s.:：–—-]*/u;

/** A title after a label, or a heading on its own line: a few words at most. */
const MOST_TITLE_WORDS = 6;
const MOST_TITLE_CHARACTERS = 50;

/** What a sentence's start says about sections. */
export interface SectionStart {
  /** The section's key, shared by both languages (`n:3`, `l:2`); none for a heading with no label. */
  readonly key?: string;
  /** Whether the sentence is only a head (label, title or both), which belongs with the sentence after it. */
  readonly isHead: boolean;
  /** Whether it is a label and nothing else (`3.`, `a.`): a title may follow it as a sentence of its own. */
  readonly labelOnly: boolean;
}

/**
 * What `sentence` says about sections, or undefined if it does not open one.
 * `ownLine`: whether it stands on a line of its own (the whole paragraph, or between line
 * breaks), as a heading does.
 */
export function sectionStart(sentence: string, ownLine: boolean): SectionStart | undefined {
  const text = sentence.trim();
  const match = LABEL.exec(text);
  if (match === null) return ownLine && isTitle(text, false) ? { isHead: true, labelOnly: false } : undefined;
  const [whole, word, korean, cjk, bare, alone] = match;
  const value = word ?? korean ?? cjk ?? bare ?? alone ?? '';
  const key = keyOf(value);
  const rest = text.slice(whole.length);
  const separator = SEPARATOR.exec(rest)?.[0] ?? '';
  const title = rest.slice(separator.length);
  // Only a title set off by a dash or colon may end with a full stop, as headings of
  // legal texts do (`Section 6 – Term and Termination.`, `6조 - 기간과 종료.`): `제3조 모든
  // 사람은 권리를 가진다.` is a sentence.
  const setOff = /[:：–—-]/u.test(separator) && (word !== undefined || korean !== undefined || cjk !== undefined);
  return { ...(key === undefined ? {} : { key }), isHead: title === '' || isTitle(title, setOff), labelOnly: title === '' };
}

/**
 * Whether `text` reads as a title rather than a sentence: a few words, no comma, and no
 * punctuation at its end (`2. upon express reinstatement by the Licensor.` is a sentence),
 * or only a full stop where `mayEndWithStop`.
 */
function isTitle(text: string, mayEndWithStop: boolean): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MOST_TITLE_WORDS || [...text].length > MOST_TITLE_CHARACTERS) return false;
  if (/[,;，、]/u.test(text)) return false;
  const body = mayEndWithStop ? text.replace(/\.$/u, '') : text;
  return /[\p{L}\p{N}]$/u.test(body) && !/[.!?。]/u.test(body.slice(0, -1));
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const CJK_DIGITS = '一二三四五六七八九';
const KOREAN_LETTERS = '가나다라마바사아자차카타파하';

/** The key of a label's number or letter: `n:` and the number, or `l:` and the letter's place. */
function keyOf(value: string): string | undefined {
  if (/^\d/u.test(value)) return `n:${value.replace(/^0+(?=\d)/u, '')}`;
  if (/^[\u2460-\u2473]$/u.test(value)) return `n:${(value.codePointAt(0) ?? 0) - 0x2460 + 1}`;
  if (/^[一二三四五六七八九十百]+$/u.test(value)) return `n:${cjkNumber(value)}`;
  if (value.length === 1 && !/^[IVX]$/u.test(value)) {
    const korean = KOREAN_LETTERS.indexOf(value);
    return `l:${korean >= 0 ? korean + 1 : value.toLowerCase().charCodeAt(0) - 96}`;
  }
  if (/^[ivxlc]+$/iu.test(value)) return `n:${romanNumber(value.toLowerCase())}`;
  return undefined;
}

function romanNumber(numeral: string): number {
  let total = 0;
  [...numeral].forEach((letter, index) => {
    const value = ROMAN[letter] ?? 0;
    total += value < (ROMAN[numeral[index + 1] ?? ''] ?? 0) ? -value : value;
  });
  return total;
}

function cjkNumber(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const character of numeral) {
    const at = CJK_DIGITS.indexOf(character);
    if (at >= 0) digit = at + 1;
    else {
      total += (digit === 0 ? 1 : digit) * (character === '百' ? 100 : 10);
      digit = 0;
    }
  }
  return total + digit;
}
