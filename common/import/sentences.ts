import type { Language } from '../deck/deck';
import { findParagraphs, trimSpan, type TextSpan } from './paragraphs';
import { bracketDepthChange, isFalseSentenceEnd, missedSentenceStarts } from './sentence-ends';

/** A sentence of an imported text: `text` is exactly `source.slice(start, end)`. */
export interface Sentence extends TextSpan {
  readonly text: string;
  /** 0-based index of the paragraph it stands in. */
  readonly paragraph: number;
}

/**
 * The sentences of a text in `lang`, in order, each with its place in the text, so that
 * slides cut from them can be checked against the text character for character.
 * `Intl.Segmenter` finds the breaks; the corrections of `sentence-ends.ts` add the ones
 * it misses and undo the ones it gets wrong; no sentence ends inside brackets, and none
 * crosses a paragraph break.
 */
export function splitSentences(text: string, lang: Language): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return findParagraphs(text).flatMap((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    const found = [...segmenter.segment(body)].flatMap((piece) => [piece.index, ...missedSentenceStarts(piece.segment, lang).map((at) => piece.index + at)]);
    const starts = keptBreaks(body, found, lang);
    return starts.map((start, at) => {
      const end = starts[at + 1] ?? body.length;
      const span = trimSpan(text, { start: paragraph.start + start, end: paragraph.start + end });
      return { ...span, text: text.slice(span.start, span.end), paragraph: index };
    });
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
