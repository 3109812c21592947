/**
 * The flag, of `names`, that an argument this app does not know was most likely meant to
 * be: `--lnag=ko` → `lang`, `--dispaly` → `display`, `-loop` or `--Mode` → themselves.
 * Everything else is only logged as passed to Chromium, so its own switches
 * (`--ozone-platform=wayland`, `--no-sandbox`, `--enable-logging`, `--inspect`) are never
 * called misspelt: only an argument within a typo of one of ours is, one slip for a name
 * of up to four letters (`mode`, `lang`, `loop`), two for a longer one.
 */
export function likelyMeantFlag(arg: string, names: readonly string[]): string | undefined {
  const written = (/^-+([^=]*)/u.exec(arg)?.[1] ?? '').toLowerCase();
  if (written === '') return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = typoDistance(written, name);
    if (distance <= (name.length <= 4 ? 1 : 2) && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/**
 * How many slips of the keyboard turn `a` into `b`: a letter added, dropped, changed, or
 * two neighbours swapped (the optimal string alignment distance).
 */
function typoDistance(a: string, b: string): number {
  // Names are short; a difference in length past two slips decides at once.
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row !== undefined) row[j] = distance;
    }
  }
  return at(a.length, b.length);
}
