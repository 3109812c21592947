/** A stretch of a text, by the offsets of its first character and the one past its last. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const HAS_BLANK_LINE = /\n[^\S\n]*\n/u;
const BLANK_LINE = /\n[^\S\n]*\n\s*/gu;
const LINE_BREAK = /\n\s*/gu;

/**
 * The paragraphs of a pasted text, without the whitespace around them. Paragraphs are
 * separated by blank lines; a text with no blank line at all (as some editors copy it)
 * has one paragraph a line. Within a text that has blank lines, a single line break is
 * a wrapped line, not a new paragraph.
 */
export function findParagraphs(text: string): TextSpan[] {
  const separator = HAS_BLANK_LINE.test(text) ? BLANK_LINE : LINE_BREAK;
  const spans: TextSpan[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    const trimmed = trimSpan(text, { start: from, end: to });
    if (trimmed.end > trimmed.start) spans.push(trimmed);
  };
  for (const match of text.matchAll(separator)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}

/** The span less the whitespace at either end. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
