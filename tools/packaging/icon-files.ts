// The app icon's files: the Linux set's sizes, and Windows .ico and macOS .icns files built
// from PNG images. Both formats are a small index in front of the images, and both take PNG
// data as it is, so no image library is needed.

/** One square PNG image of the icon. */
export interface IconImage {
  /** Width and height in pixels. */
  readonly size: number;
  readonly png: Buffer;
}

/**
 * The sizes of the Linux icon set, one PNG each in build/icons/, which the .deb installs under
 * /usr/share/icons/hicolor/NxN/apps/. They are the hicolor theme's usual app sizes; nothing
 * larger, since the theme's index.theme (hicolor-icon-theme 0.17, as Debian 12 installs it) lists
 * no directory past 512x512, and an icon in a directory it does not list is never looked up.
 */
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512] as const;

/** The file name electron-builder reads a Linux icon's size from (collectIconsFromDir, app-builder-lib 26). */
export const linuxIconFileName = (size: number): string => `${size}x${size}.png`;

/** The sizes a Windows icon carries: the shell picks one per view, up to 256 for "Extra large icons". */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/**
 * The icns element types that hold PNG data, with the pixel size each holds. Retina types
 * (`ic11`–`ic14`, `ic10`) hold twice their point size; `ic10` doubles as the 1024 image.
 */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
] as const;

/** The image of `size`, or an error naming the size that was not rendered. */
function imageOf(images: readonly IconImage[], size: number): Buffer {
  const image = images.find((candidate) => candidate.size === size);
  if (image === undefined) throw new Error(`no ${size}x${size} image to put in the icon`);
  return image.png;
}

/**
 * A Windows .ico holding one PNG per size in `ICO_SIZES` (PNG entries work from Windows
 * Vista on). Its index stores a size of 256 as 0, since the field is one byte.
 */
export function encodeIco(images: readonly IconImage[]): Buffer {
  const pngs = ICO_SIZES.map((size) => imageOf(images, size));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length + 16 * pngs.length;
  const entries = ICO_SIZES.map((size, index) => {
    const png = pngs[index] ?? Buffer.alloc(0);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // width
    entry.writeUInt8(size % 256, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** A macOS .icns holding one PNG element for each entry of `ICNS_TYPES`. */
export function encodeIcns(images: readonly IconImage[]): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = imageOf(images, size);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(header.length + png.length, 4); // the length counts its own header
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(header.length + elements.reduce((total, element) => total + element.length, 0), 4);
  return Buffer.concat([header, ...elements]);
}
