/**
 * How many lines runs of the given widths take when wrapped, first fit, to `lineWidth`,
 * with `space` between two runs on a line (any unit, the same for all). It is how the
 * browser's line breaker fills lines, and `text-wrap: balance` keeps the number of lines
 * it finds, only evening out their lengths. A space at the end of a line takes no room.
 * A run wider than a line takes as many lines as its width needs, as if broken inside;
 * whether that is allowed is the caller's to judge. A run marked in `joined` follows the
 * one before it with no space between (a piece of a web address, after a break point).
 */
export function wrappedLineCount(runs: readonly number[], space: number, lineWidth: number, joined: readonly boolean[] = []): number {
  if (lineWidth <= 0) return runs.length > 0 ? Infinity : 0;
  let lines = 0;
  let used = 0;
  runs.forEach((run, index) => {
    const gap = joined[index] === true ? 0 : space;
    if (lines > 0 && used + gap + run <= lineWidth) {
      used += gap + run;
    } else if (run <= lineWidth) {
      lines += 1;
      used = run;
    } else {
      // A run wider than the line, broken inside: whole lines of it, then what is left.
      const whole = Math.ceil(run / lineWidth);
      lines += whole;
      used = run - (whole - 1) * lineWidth;
    }
  });
  return lines;
}
