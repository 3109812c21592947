// Regenerates the app icon in build/: `npx tsx tools/make-icon.ts`. The files are committed,
// so packaging needs no Chromium; run this only to change the icon.
//   build/icon.png   1024x1024, for Linux (electron-builder derives the smaller sizes)
//   build/icon.ico   Windows: the app, its installer and the portable exe
//   build/icon.icns  macOS: the app and the dmg
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeIcns, encodeIco, ICNS_TYPES, ICO_SIZES } from './packaging/icon-files';
import { renderIconImages } from './packaging/render-icon';

const LARGEST = 1024;

/** Renders every size once and writes the three icon files into `folder`. */
export async function makeIcon(folder = 'build'): Promise<string[]> {
  const sizes = [...new Set<number>([LARGEST, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])].sort((a, b) => a - b);
  const images = await renderIconImages(sizes);
  const largest = images.find((image) => image.size === LARGEST);
  if (largest === undefined) throw new Error(`no ${LARGEST}x${LARGEST} image was rendered`);
  const files: [string, Buffer][] = [
    ['icon.png', largest.png],
    ['icon.ico', encodeIco(images)],
    ['icon.icns', encodeIcns(images)],
  ];
  return files.map(([name, data]) => {
    const path = resolve(folder, name);
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
