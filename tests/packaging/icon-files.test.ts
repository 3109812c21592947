import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, ICNS_TYPES, ICO_SIZES, type IconImage, LINUX_ICON_SIZES, linuxIconFileName } from '../../tools/packaging/icon-files';
import { projectPath } from '../support/project-content';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height a PNG's header states. */
const pngSize = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** Each image of an .ico: the size its index states and the PNG its offset points at. */
function readIco(ico: Buffer): { size: number; png: Buffer }[] {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const offset = ico.readUInt32LE(entry + 12);
    return { size: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + ico.readUInt32LE(entry + 8)) };
  });
}

/** Each element of an .icns: its type and its data. */
function readIcns(icns: Buffer): { type: string; data: Buffer }[] {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const elements: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
    elements.push({ type: icns.toString('latin1', offset, offset + 4), data: icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4)) });
  }
  return elements;
}

/** Stand-in "PNGs": the signature, then the size, so each can be told apart. */
const fakeImages = (sizes: readonly number[]): IconImage[] =>
  sizes.map((size) => ({ size, png: Buffer.concat([PNG_SIGNATURE, Buffer.from(`${size}px`)]) }));

describe('encodeIco', () => {
  it('indexes one PNG per size, 256 written as 0, each at the offset its entry states', () => {
    const images = readIco(encodeIco(fakeImages([1024, ...ICO_SIZES])));
    expect(images.map((image) => image.size)).toEqual([...ICO_SIZES]);
    for (const image of images) expect(image.png.toString('latin1', 8)).toBe(`${image.size}px`);
  });

  it('names the size it is missing', () => {
    expect(() => encodeIco(fakeImages([16, 32]))).toThrow('no 24x24 image');
  });
});

describe('encodeIcns', () => {
  it('holds one element per icns type, each with the PNG of its pixel size', () => {
    const elements = readIcns(encodeIcns(fakeImages(ICNS_TYPES.map(([, size]) => size))));
    expect(elements.map((element) => [element.type, element.data.toString('latin1', 8)])).toEqual(
      ICNS_TYPES.map(([type, size]) => [type, `${size}px`]),
    );
  });
});

describe('the committed icons in build/', () => {
  it('are a Linux set of one PNG per size from 16x16 to 512x512, each the size its name says', () => {
    expect(readdirSync(projectPath('build/icons')).sort()).toEqual(LINUX_ICON_SIZES.map(linuxIconFileName).sort());
    for (const size of LINUX_ICON_SIZES) {
      const png = readFileSync(projectPath(`build/icons/${linuxIconFileName(size)}`));
      expect(png.subarray(0, 8), `${size}`).toEqual(PNG_SIGNATURE);
      expect(png.toString('latin1', 12, 16), `${size}: the first chunk is IHDR`).toBe('IHDR');
      expect(pngSize(png), `${size}`).toEqual([size, size]);
    }
  });

  it('draw the same picture on every system: each Linux PNG is the image of its size in the .ico or the .icns', () => {
    const images = [...readIco(readFileSync(projectPath('build/icon.ico'))).map((image) => image.png), ...readIcns(readFileSync(projectPath('build/icon.icns'))).map((element) => element.data)];
    for (const size of LINUX_ICON_SIZES) {
      const png = readFileSync(projectPath(`build/icons/${linuxIconFileName(size)}`));
      expect(images.some((image) => image.equals(png)), `${size}`).toBe(true);
    }
  });

  it('are an .ico up to 256 and an .icns up to 1024, all real PNGs', () => {
    for (const image of readIco(readFileSync(projectPath('build/icon.ico')))) {
      expect(pngSize(image.png), `ico ${image.size}`).toEqual([image.size, image.size]);
    }
    const icns = readIcns(readFileSync(projectPath('build/icon.icns')));
    for (const [type, size] of ICNS_TYPES) {
      const element = icns.find((candidate) => candidate.type === type);
      expect(element === undefined ? undefined : pngSize(element.data), type).toEqual([size, size]);
    }
  });

  it("include the page's own icon, the .ico's 64x64 image, which index.html declares", () => {
    const favicon = readFileSync(projectPath('renderer/public/favicon.png'));
    const sameSize = readIco(readFileSync(projectPath('build/icon.ico'))).find((image) => image.size === 64);
    expect(sameSize?.png.equals(favicon)).toBe(true);
    expect(readFileSync(projectPath('renderer/index.html'), 'utf8')).toContain('<link rel="icon" type="image/png" href="/favicon.png" />');
  });
});
