import type { Language } from '../deck/deck';
import { findParagraphs, trimSpan, type TextSpan } from './paragraphs';
import { sectionStart } from './section-heads';
import { bracketDepthChange, isFalseSentenceEnd, missedSentenceStarts } from './sentence-ends';

/** A sentence of an imported text: `text` is exactly `source.slice(start, end)`. */
export interface Sentence extends TextSpan {
  readonly text: string;
  /** 0-based index of the paragraph it stands in. */
  readonly paragraph: number;
  /** Whether it opens a section (section-heads.ts): a head with its first sentence, or a sentence that starts with a label. */
  readonly opensSection?: boolean;
  /** The key of the section it opens, shared by both languages, if it opens one with a label. */
  readonly sectionKey?: string;
}

/**
 * The sentences of a text in `lang`, in order, each with its place in the text, so that
 * slides cut from them can be checked against the text character for character.
 * `Intl.Segmenter` finds the breaks; the corrections of `sentence-ends.ts` add the ones
 * it misses and undo the ones it gets wrong; no sentence ends inside brackets, and none
 * crosses a paragraph break but a section's head, which is kept with the sentence after
 * it as one (`3` + `We demand…`, `Article 3` + `Everyone has…`), in its paragraph.
 */
export function splitSentences(text: string, lang: Language): Sentence[] {
  return keepHeadsWithWhatFollows(text, findSentences(text, lang));
}

function findSentences(text: string, lang: Language): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return findParagraphs(text).flatMap((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    // A line break inside a paragraph wraps a line (the segmenter would end a sentence at
    // each), except around a section's head: before a line that starts with a label, and
    // after a line that is a head. Spaces in their place keep every offset.
    const found = [...segmenter.segment(body.replace(/\n/gu, ' '))].flatMap((piece) => [piece.index, ...missedSentenceStarts(piece.segment, lang).map((at) => piece.index + at)]);
    const starts = keptBreaks(body, [...new Set([...found, ...headLineStarts(body)])].sort((a, b) => a - b), lang);
    return starts.map((start, at) => {
      const end = starts[at + 1] ?? body.length;
      const span = trimSpan(text, { start: paragraph.start + start, end: paragraph.start + end });
      return { ...span, text: text.slice(span.start, span.end), paragraph: index };
    });
  });
}

/** The starts of the lines of `body` that a section's head ends or a label begins. */
function headLineStarts(body: string): number[] {
  const lines = [...body.matchAll(/[^\n]+/gu)];
  return lines.flatMap((line, index) => {
    const before = lines[index - 1];
    if (before === undefined) return [];
    const head = sectionStart(before[0], true)?.isHead === true;
    return head || sectionStart(line[0], false)?.key !== undefined ? [line.index + (line[0].length - line[0].trimStart().length)] : [];
  });
}

/** The sentence starts that survive the corrections, from the segmenter's starts. */
function keptBreaks(body: string, starts: readonly number[], lang: Language): number[] {
  const kept: number[] = [0];
  let depth = 0;
  starts.forEach((start, index) => {
    const next = starts[index + 1] ?? body.length;
    if (index > 0 && depth === 0 && !isFalseSentenceEnd(body.slice(kept.at(-1), start), body.slice(start, next), lang)) kept.push(start);
    depth = bracketDepthChange(body.slice(start, next), depth);
  });
  // A whole sentence in parentheses, e.g. a source or an aside, belongs to the one before it.
  return kept.filter((start, index) => index === 0 || !isParenthetical(body.slice(start, kept[index + 1] ?? body.length)));
}

/** Whether the sentence opens a bracket at once and closes it only at its very end. */
function isParenthetical(sentence: string): boolean {
  const characters = [...sentence.trim()];
  if (!/^[(（[]$/u.test(characters[0] ?? '') || !/^[)）\]]$/u.test(characters.at(-1) ?? '')) return false;
  let depth = 0;
  return characters.slice(0, -1).every((character) => (depth = bracketDepthChange(character, depth)) > 0);
}

/**
 * Marks the sentences that open a section, and joins each head to the sentence after it
 * (across a paragraph break, when the head is a paragraph of its own: that paragraph and
 * the next become one). Several heads in a row (`Chapter 2`, `Article 5`) all join the
 * sentence after the last. A head at the very end has nothing to join and stays alone.
 */
function keepHeadsWithWhatFollows(text: string, sentences: readonly Sentence[]): Sentence[] {
  const kept: Sentence[] = [];
  // The head being kept for the sentence after it, as one unit so far.
  let head: Sentence | undefined;
  let headOpensLine = false;
  let headIsLabelOnly = false;
  let paragraphShift = 0;
  sentences.forEach((sentence, index) => {
    let paragraph = sentence.paragraph - paragraphShift;
    if (head !== undefined && paragraph !== head.paragraph) {
      paragraphShift += paragraph - head.paragraph;
      paragraph = head.paragraph;
    }
    const from = head ?? sentence;
    const unitText = text.slice(from.start, sentence.end);
    const unitOpensLine = head === undefined ? opensLine(text, sentence, sentences[index - 1]) : headOpensLine;
    // After a bare label (`1.`), its title may be a sentence of its own on the label's line (`Correction`).
    const ownLine = (head === undefined ? unitOpensLine : headIsLabelOnly && headOpensLine) && endsLine(text, sentence, sentences[index + 1]);
    const start = sectionStart(sentence.text, ownLine);
    const key = head?.sectionKey ?? start?.key;
    const unit: Sentence = {
      start: from.start,
      end: sentence.end,
      text: unitText,
      paragraph,
      ...(head !== undefined || start !== undefined ? { opensSection: true } : {}),
      ...(key === undefined ? {} : { sectionKey: key }),
    };
    if (start?.isHead === true && index < sentences.length - 1) {
      head = unit;
      headOpensLine = unitOpensLine;
      headIsLabelOnly = start.labelOnly;
      return;
    }
    head = undefined;
    kept.push(unit);
  });
  return kept;
}

/** Whether a sentence starts a line: its paragraph's first, or after a line break. */
function opensLine(text: string, sentence: Sentence, before: Sentence | undefined): boolean {
  return before === undefined || before.paragraph !== sentence.paragraph || text.slice(before.end, sentence.start).includes('\n');
}

/** Whether a sentence ends a line: its paragraph's last, or before a line break. */
function endsLine(text: string, sentence: Sentence, after: Sentence | undefined): boolean {
  return after === undefined || after.paragraph !== sentence.paragraph || text.slice(sentence.end, after.start).includes('\n');
}
