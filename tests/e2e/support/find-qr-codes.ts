import jsQR from 'jsqr';

/** A page rendered in grey, one byte a pixel. */
export interface GrayImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/**
 * Every QR code on a page image, as a phone held over each in turn would read it:
 * `jsqr` looks through a window the size of one code and its quiet zone, moved across
 * the page. (Given the whole page, `jsqr` mixes up the finder patterns of several codes
 * and reads none.) Returns each code's text once, in no particular order.
 *
 * @param windowPx the side of the window: a little more than a code, less than two
 */
export function findQrCodes(image: GrayImage, windowPx: number): string[] {
  const found = new Set<string>();
  const size = Math.min(windowPx, image.width, image.height);
  const stride = Math.max(1, Math.floor(size / 6));
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let top = 0; top + size <= image.height; top += stride) {
    for (let left = 0; left + size <= image.width; left += stride) {
      if (!hasInk(image, left, top, size)) continue;
      for (let y = 0; y < size; y += 1) {
        for (let x = 0; x < size; x += 1) {
          const grey = image.pixels[(top + y) * image.width + left + x] ?? 255;
          const at = (y * size + x) * 4;
          rgba[at] = grey;
          rgba[at + 1] = grey;
          rgba[at + 2] = grey;
          rgba[at + 3] = 255;
        }
      }
      const code = jsQR(rgba, size, size, { inversionAttempts: 'dontInvert' });
      if (code !== null) found.add(code.data);
    }
  }
  return [...found];
}

/** Whether the window's centre has anything dark in it: blank paper holds no code, and is skipped. */
function hasInk(image: GrayImage, left: number, top: number, size: number): boolean {
  const middle = (top + Math.floor(size / 2)) * image.width + left;
  for (let x = 0; x < size; x += 4) if ((image.pixels[middle + x] ?? 255) < 128) return true;
  return false;
}
