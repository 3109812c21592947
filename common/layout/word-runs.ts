import { runPieces } from './address-breaks';

/**
 * Splits `text` into the runs a line may not break inside, with the white space between
 * them: `[run, space, run, space, run]`. Each word is one run, and the last two words
 * share one (with the space between), the typesetter's cure for a lone last word where
 * `text-wrap: balance` does not reach. Joined back together, the parts are `text` exactly.
 *
 * The slides render the runs (WholeWords) and the fit measures them, so both break
 * lines in the same places.
 */
export function wordRuns(text: string): string[] {
  const parts = text.split(/(\s+)/u);
  // parts alternate word, space, word, …; the last three (word, space, word) stay together.
  const lastRun = parts.length >= 3 ? parts.length - 3 : 0;
  return [...parts.slice(0, lastRun), parts.slice(lastRun).join('')];
}

/** The runs of `parts` as `wordRuns` returns them: every other part, from the first. */
export function runsOnly(parts: readonly string[]): string[] {
  return parts.filter((_part, index) => index % 2 === 0);
}

/** A text as the slides break it into lines: the pieces no line breaks inside, and how each follows the one before. */
export interface LinePieces {
  readonly pieces: readonly string[];
  /**
   * For each piece, whether it follows the one before with no space between: a piece of a
   * web address after one of its break points (address-breaks.ts), rather than a new run.
   */
  readonly joined: readonly boolean[];
}

/**
 * The pieces of `text` between which a line may break, as WholeWords renders it and the
 * fit and the legibility check count it: its runs (`wordRuns`), each cut where an address
 * in it may break (`runPieces`). White space inside the last run stays inside its piece.
 */
export function linePieces(text: string): LinePieces {
  const pieces: string[] = [];
  const joined: boolean[] = [];
  for (const run of runsOnly(wordRuns(text))) {
    if (run === '') continue;
    runPieces(run).forEach((piece, index) => {
      pieces.push(piece);
      joined.push(index > 0);
    });
  }
  return { pieces, joined };
}
