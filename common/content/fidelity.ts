/** Where the slides part ways with the source text, for a message a person can act on. */
export interface FidelityMismatch {
  /** 0-based index of the piece that does not match. */
  readonly piece: number;
  /** 1-based line in the source where the mismatch starts. */
  readonly sourceLine: number;
  readonly expected: string;
  readonly found: string;
}

const WHITESPACE = /\s/u;

/**
 * Checks that `pieces`, in order, spell out `source` exactly: every character of every
 * piece must stand in the source in the same order, and only whitespace may come between
 * pieces (where the source breaks paragraphs and the slides break segments). Nothing may
 * be dropped, duplicated, reordered or retyped.
 *
 * @returns `undefined` when they match, else the first place where they do not.
 */
export function findFidelityMismatch(source: string, pieces: readonly string[]): FidelityMismatch | undefined {
  let position = 0;
  const skipWhitespace = (): void => {
    while (position < source.length && WHITESPACE.test(source[position] ?? '')) position += 1;
  };
  const mismatch = (piece: number, expected: string): FidelityMismatch => {
    // Point at the first character that differs, not at the start of the piece.
    let same = 0;
    while (same < expected.length && expected[same] === source[position + same]) same += 1;
    const at = position + same;
    return {
      piece,
      sourceLine: source.slice(0, at).split('\n').length,
      expected: excerpt(expected.slice(same)),
      found: excerpt(source.slice(at)),
    };
  };
  for (const [index, piece] of pieces.entries()) {
    skipWhitespace();
    if (!source.startsWith(piece, position)) return mismatch(index, piece);
    position += piece.length;
  }
  skipWhitespace();
  return position < source.length ? mismatch(pieces.length, '(end of the slides)') : undefined;
}

function excerpt(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
