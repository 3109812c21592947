import { describe, expect, it } from 'vitest';
import { rgbToI420 } from '../../../tools/export/page/rgb-to-i420';

/** A 2x2 picture of one colour, as I420: [Y, Cb, Cr]. */
function oneColour(r: number, g: number, b: number): number[] {
  const rgba = Uint8Array.from({ length: 16 }, (_unused, index) => [r, g, b, 255][index % 4] ?? 0);
  const out = rgbToI420(rgba, 2, 2);
  expect([...out.slice(0, 4)]).toEqual([out[0], out[0], out[0], out[0]]);
  return [out[0] ?? -1, out[4] ?? -1, out[5] ?? -1];
}

describe('RGB to BT.709 limited-range I420', () => {
  it('puts black at 16 and white at 235, with no colour', () => {
    expect(oneColour(0, 0, 0)).toEqual([16, 128, 128]);
    expect(oneColour(255, 255, 255)).toEqual([235, 128, 128]);
  });

  it('gives the primaries their BT.709 values', () => {
    expect(oneColour(255, 0, 0)).toEqual([63, 102, 240]);
    expect(oneColour(0, 255, 0)).toEqual([173, 42, 26]);
    expect(oneColour(0, 0, 255)).toEqual([32, 240, 118]);
  });

  it('lays out the planes Y, Cb, Cr, colour at half the size, from the average of each two by two', () => {
    // 4x2: the left two by two black, the right white.
    const rgba = new Uint8Array(4 * 2 * 4);
    for (const pixel of [2, 3, 6, 7]) rgba.set([255, 255, 255, 255], pixel * 4);
    for (const pixel of [0, 1, 4, 5]) rgba[pixel * 4 + 3] = 255;
    const out = rgbToI420(rgba, 4, 2);
    expect([...out]).toEqual([16, 16, 235, 235, 16, 16, 235, 235, 128, 128, 128, 128]);
    // A grey square averages its pixels: half black and half white is mid grey.
    const mixed = Uint8Array.from([0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
    expect(rgbToI420(mixed, 2, 2).slice(4)).toEqual(Uint8Array.from([128, 128]));
  });

  it('reads pixels laid out blue first as well as red first', () => {
    const red = Uint8Array.from({ length: 16 }, (_unused, index) => [0, 0, 255, 255][index % 4] ?? 0);
    const out = rgbToI420(red, 2, 2, 'BGRA');
    expect([out[0], out[4], out[5]]).toEqual([63, 102, 240]);
  });

  it('refuses an odd size, which I420 cannot hold', () => {
    expect(() => rgbToI420(new Uint8Array(3 * 2 * 4), 3, 2)).toThrow('I420 needs an even width and height, not 3x2');
  });
});
