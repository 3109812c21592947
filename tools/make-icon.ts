// Regenerates the app icon in build/: `npx tsx tools/make-icon.ts`. The files are committed,
// so packaging needs no Chromium; run this only to change the icon.
//   build/icon.png   1024x1024, for Linux (electron-builder derives the smaller sizes)
//   build/icon.ico   Windows: the app, its installer and the portable exe
//   build/icon.icns  macOS: the app and the dmg
//   renderer/public/favicon.png  64x64, the page's own icon (a browser tab, a bookmark)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodeIcns, encodeIco, ICNS_TYPES, ICO_SIZES } from './packaging/icon-files';
import { renderIconImages } from './packaging/render-icon';

const LARGEST = 1024;
const FAVICON = 64;

/** Renders every size once and writes the three icon files into `folder`, and the page's icon to `favicon`. */
export async function makeIcon(folder = 'build', favicon = 'renderer/public/favicon.png'): Promise<string[]> {
  const sizes = [...new Set<number>([LARGEST, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])].sort((a, b) => a - b);
  const images = await renderIconImages(sizes);
  const largest = images.find((image) => image.size === LARGEST);
  const small = images.find((image) => image.size === FAVICON);
  if (largest === undefined || small === undefined) throw new Error(`no ${LARGEST}x${LARGEST} or ${FAVICON}x${FAVICON} image was rendered`);
  const files: [string, Buffer][] = [
    [resolve(folder, 'icon.png'), largest.png],
    [resolve(folder, 'icon.ico'), encodeIco(images)],
    [resolve(folder, 'icon.icns'), encodeIcns(images)],
    [resolve(favicon), small.png],
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
