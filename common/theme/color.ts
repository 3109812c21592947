/** A colour of the screen, as its red, green and blue channels (0–255 each). */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/iu;

/**
 * Reads a colour as organizers write it in a settings file: `#rgb` or `#rrggbb`, either
 * case. Anything else (a colour name, `rgb(…)`, a stray space) is `undefined`: the
 * message then shows the two forms, which every colour picker can copy out.
 */
export function parseHexColor(text: unknown): Rgb | undefined {
  if (typeof text !== 'string' || !HEX_COLOR.test(text)) return undefined;
  const digits = text.length === 4 ? [...text.slice(1)].map((digit) => digit + digit) : [text.slice(1, 3), text.slice(3, 5), text.slice(5, 7)];
  const [r = 0, g = 0, b = 0] = digits.map((pair) => Number.parseInt(pair, 16));
  return { r, g, b };
}

/** The colour as `#rrggbb`, lower case: one spelling, so equal colours compare equal. */
export function formatHexColor({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `from` moved towards `to` by `amount` (0 = `from`, 1 = `to`), channel by channel. */
export function mixColors(from: Rgb, to: Rgb, amount: number): Rgb {
  const mix = (a: number, b: number): number => Math.round(a + (b - a) * amount);
  return { r: mix(from.r, to.r), g: mix(from.g, to.g), b: mix(from.b, to.b) };
}
