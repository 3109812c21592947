/**
 * The CSS `unicode-range` of `characters`: their code points, sorted, consecutive ones
 * merged into ranges (`U+20-21, U+2C, U+AC00`), so a font face declares exactly the
 * characters it has and the browser asks the next font in the stack for any other.
 */
export function unicodeRangeOf(characters: string): string {
  const points = [...new Set([...characters].map((character) => character.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const point of points) {
    const last = ranges.at(-1);
    if (last !== undefined && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  const hex = (point: number): string => point.toString(16).toUpperCase();
  return ranges.map(([first, end]) => (first === end ? `U+${hex(first)}` : `U+${hex(first)}-${hex(end)}`)).join(', ');
}
