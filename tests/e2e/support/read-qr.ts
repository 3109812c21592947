import jsQR from 'jsqr';
import type { Locator } from 'playwright-core';

/**
 * Reads the QR code shown in an `<img>` the way a phone's camera would see it: drawn
 * into a canvas in the page at a phone-camera-like size, its pixels decoded by `jsqr`.
 * Proves the code is scannable, not only that some address is in the page.
 */
export async function readQrCode(image: Locator): Promise<string | undefined> {
  const pixels = await image.evaluate((element: HTMLImageElement) => {
    const size = 480;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(element, 40, 40, size - 80, size - 80);
    return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}
