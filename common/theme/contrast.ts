import type { Rgb } from './color';

/**
 * The contrast WCAG AAA asks of text this size (1.4.6, "Contrast (Enhanced)"): 7:1. A
 * projector in a lit room washes colours out, so the show asks the most the standard does.
 */
export const MIN_CONTRAST = 7;

/** One sRGB channel (0–255) as linear light, per the WCAG 2.x definition of relative luminance. */
function linearChannel(channel: number): number {
  const c = channel / 255;
  // WCAG 2.x writes 0.03928; the sRGB standard's 0.04045 differs only for channel values no 8-bit colour has.
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The relative luminance of a colour (0 for black, 1 for white), as WCAG 2.x defines it. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);
}

/** The WCAG 2.x contrast ratio of two colours, from 1 (the same) to 21 (black and white); order does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A ratio as people read it in contrast checkers: `4.48:1`, rounded down so a pair never looks better than it is. */
export function formatContrast(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}
