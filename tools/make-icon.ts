// Regenerates the app icon in build/: `npx tsx tools/make-icon.ts`. The files are committed,
// so packaging needs no Chromium; run this only to change the icon.
//   build/icons/NxN.png  Linux: one PNG per size of LINUX_ICON_SIZES, 16x16 to 512x512, which
//                        the .deb installs into the hicolor icon theme
//   build/icon.ico       Windows: the app, its installer and the portable exe
//   build/icon.icns      macOS: the app and the dmg, up to 1024x1024
//   renderer/public/favicon.png  64x64, the page's own icon (a browser tab, a bookmark)
// Chromium draws the same pixels for the same size each time, so a run that changes nothing
// else rewrites these files byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeIcns, encodeIco, ICNS_TYPES, ICO_SIZES, type IconImage, LINUX_ICON_SIZES, linuxIconFileName } from './packaging/icon-files';
import { renderIconImages } from './packaging/render-icon';

const FAVICON = 64;

/** The image of `size` among those rendered. */
function rendered(images: readonly IconImage[], size: number): Buffer {
  const image = images.find((candidate) => candidate.size === size);
  if (image === undefined) throw new Error(`no ${size}x${size} image was rendered`);
  return image.png;
}

/** Renders every size once and writes the icon files into `folder`, and the page's icon to `favicon`. */
export async function makeIcon(folder = 'build', favicon = 'renderer/public/favicon.png'): Promise<string[]> {
  const sizes = [...new Set<number>([...LINUX_ICON_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])].sort((a, b) => a - b);
  const images = await renderIconImages(sizes);
  mkdirSync(resolve(folder, 'icons'), { recursive: true });
  const files: [string, Buffer][] = [
    ...LINUX_ICON_SIZES.map((size): [string, Buffer] => [resolve(folder, 'icons', linuxIconFileName(size)), rendered(images, size)]),
    [resolve(folder, 'icon.ico'), encodeIco(images)],
    [resolve(folder, 'icon.icns'), encodeIcns(images)],
    [resolve(favicon), rendered(images, FAVICON)],
  ];
  return files.map(([path, data]) => {
    writeFileSync(path, data);
    return path;
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  makeIcon().then(
    (paths) => console.log(`wrote ${paths.join(', ')}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
