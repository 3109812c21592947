/**
 * RGB to the Y'CbCr a TV expects: BT.709 coefficients, limited ("TV") range, colour at
 * half the size (4:2:0, planar I420). Done here, not by the encoder, because Chromium's
 * encoder turns an RGB frame into full-range video, which players show washed out or
 * crushed, and `ffprobe` reports as yuvj420p rather than yuv420p.
 */

/** Fixed-point coefficients, 16 fractional bits, so the loop is integer arithmetic. */
const ONE = 1 << 16;
const fixed = (value: number): number => Math.round(value * ONE);
// BT.709: Kr 0.2126, Kb 0.0722; luma spans 16-235 (219 steps), chroma 16-240 (224 steps) around 128.
const KR = 0.2126;
const KB = 0.0722;
const KG = 1 - KR - KB;
const Y_SCALE = 219 / 255;
const CB_SCALE = 224 / 255 / (2 * (1 - KB));
const CR_SCALE = 224 / 255 / (2 * (1 - KR));
const Y_R = fixed(KR * Y_SCALE);
const Y_G = fixed(KG * Y_SCALE);
const Y_B = fixed(KB * Y_SCALE);
const CB_R = fixed(-KR * CB_SCALE);
const CB_G = fixed(-KG * CB_SCALE);
const CB_B = fixed((1 - KB) * CB_SCALE);
const CR_R = fixed((1 - KR) * CR_SCALE);
const CR_G = fixed(-KG * CR_SCALE);
const CR_B = fixed(-KB * CR_SCALE);
/** 16 and 128, with one half for rounding; a chroma sum is of four pixels, so its offset is four times. */
const Y_OFFSET = 16 * ONE + ONE / 2;
const C_OFFSET = 4 * 128 * ONE + 2 * ONE;

/** The colour space of the result, for the frame and the file (an MP4 `colr` box). */
export const I420_COLOR_SPACE = { primaries: 'bt709', transfer: 'bt709', matrix: 'bt709', fullRange: false } as const;

/** The luma of one pixel, read as a 32-bit word. */
const luma = (word: number, redShift: number, blueShift: number): number =>
  (Y_OFFSET + Y_R * ((word >>> redShift) & 0xff) + Y_G * ((word >>> 8) & 0xff) + Y_B * ((word >>> blueShift) & 0xff)) >> 16;

/** How the four bytes of a pixel are laid out: red first, or blue first (as Chromium decodes a PNG). */
export type PixelLayout = 'RGBA' | 'BGRA';

/**
 * Converts opaque pixels of four bytes (`width` x `height`, both even; alpha or padding
 * ignored) to I420: the Y plane, then Cb and Cr at half the width and height, each chroma
 * sample from the average of its four pixels. `into`, if given, is reused (it must be
 * `width * height * 3 / 2` bytes). One pass over two rows at a time, a pixel read as one
 * 32-bit word: it runs for every frame of a crossfade, so it is kept to a few milliseconds.
 */
export function rgbToI420(pixels: Uint8Array | Uint8ClampedArray, width: number, height: number, layout: PixelLayout = 'RGBA', into?: Uint8Array): Uint8Array {
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error(`I420 needs an even width and height, not ${width}x${height}`);
  const lumaSize = width * height;
  const chromaWidth = width / 2;
  const chromaSize = chromaWidth * (height / 2);
  const out = into ?? new Uint8Array(lumaSize + 2 * chromaSize);
  // Little-endian words, as every machine Chromium runs on: the first byte is the lowest.
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, lumaSize);
  const redShift = layout === 'RGBA' ? 0 : 16;
  const blueShift = 16 - redShift;
  for (let row = 0; row < height; row += 2) {
    const top = row * width;
    const bottom = top + width;
    let chroma = (row / 2) * chromaWidth;
    for (let column = 0; column < width; column += 2, chroma += 1) {
      const a = top + column;
      const b = bottom + column;
      const wa = words[a] as number;
      const wb = words[a + 1] as number;
      const wc = words[b] as number;
      const wd = words[b + 1] as number;
      out[a] = luma(wa, redShift, blueShift);
      out[a + 1] = luma(wb, redShift, blueShift);
      out[b] = luma(wc, redShift, blueShift);
      out[b + 1] = luma(wd, redShift, blueShift);
      const red = ((wa >>> redShift) & 0xff) + ((wb >>> redShift) & 0xff) + ((wc >>> redShift) & 0xff) + ((wd >>> redShift) & 0xff);
      const green = ((wa >>> 8) & 0xff) + ((wb >>> 8) & 0xff) + ((wc >>> 8) & 0xff) + ((wd >>> 8) & 0xff);
      const blue = ((wa >>> blueShift) & 0xff) + ((wb >>> blueShift) & 0xff) + ((wc >>> blueShift) & 0xff) + ((wd >>> blueShift) & 0xff);
      out[lumaSize + chroma] = (C_OFFSET + CB_R * red + CB_G * green + CB_B * blue) >> 18;
      out[lumaSize + chromaSize + chroma] = (C_OFFSET + CR_R * red + CR_G * green + CR_B * blue) >> 18;
    }
  }
  return out;
}
