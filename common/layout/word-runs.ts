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
