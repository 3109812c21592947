import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../common/deck/deck';
import { readContentFolder } from '../../node/read-content-folder';
import { copyContentFolder } from '../support/content-copy';
import { useScratchFolders } from '../support/scratch-folders';
import { appSlide } from './support/app-screenshot';
import { useChromium } from './support/browser-hooks';
import { meanDifference, pngPixels, pngSize } from './support/ffmpeg';
import { ORGANIZATIONS_FIXTURE } from './support/organizations-fixture';
import { exportOrFail } from './support/run-export';

/**
 * `npm run export -- --images`: one PNG per slide, compared pixel for pixel with the
 * app's own screenshot of that slide at that size. Both are Chromium's pixels of the same
 * page, so they are to be the same, not only alike.
 */
const browser = useChromium();
const scratch = useScratchFolders('yeondae-export-images-');

/** The most two screenshots of the same slide may differ, on average, out of 255: nothing but rounding. */
const SAME_PIXELS = 0.05;

/** The fixture's slides, in order, with the languages each has. */
function fixtureSlides(): { id: string; langs: Language[] }[] {
  const content = readContentFolder(ORGANIZATIONS_FIXTURE);
  if (!content.ok) throw new Error('the fixture does not load');
  return content.deck.slides.map((slide) => ({ id: slide.id, langs: content.deck.languages.filter((lang) => slide.text[lang] !== undefined) }));
}

const pngsIn = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.png')).sort();

let stackedFolder: string;
let stackedApp: string;
let sequenceFolder: string;
let uprightFolder: string;
let printed: string;
beforeAll(async () => {
  stackedFolder = scratch();
  printed = (await exportOrFail('--images', stackedFolder, '--content', ORGANIZATIONS_FIXTURE)).stdout;
  sequenceFolder = scratch();
  await exportOrFail('--images', sequenceFolder, '--mode', 'sequence', '--size', '1080x1080', '--content', ORGANIZATIONS_FIXTURE);
  uprightFolder = scratch();
  await exportOrFail('--images', uprightFolder, '--size', '1080x1920', '--languages', 'ko,en', '--content', ORGANIZATIONS_FIXTURE);
  // The app showing the fixture stacked, as the images are by default.
  stackedApp = copyContentFolder(ORGANIZATIONS_FIXTURE, scratch(), { 'settings.yaml': 'mode: stacked\n' });
}, 120_000);

describe('npm run export -- --images', () => {
  it('writes one portrait post per slide, numbered in order, each 1080x1350', () => {
    const names = pngsIn(stackedFolder);
    expect(names).toEqual(fixtureSlides().map((_slide, index) => `0${index + 1}.png`));
    for (const name of names) expect(pngSize(readFileSync(join(stackedFolder, name)))).toEqual({ width: 1080, height: 1350 });
    expect(printed).toContain(`wrote ${names.length} images to ${stackedFolder} (01.png to 0${names.length}.png): 1080x1350`);
  });

  it('puts both languages on each, stacked, exactly as the app shows that slide on a 1080x1350 screen', async () => {
    for (const [index, slide] of fixtureSlides().entries()) {
      const app = await appSlide(browser(), stackedApp, { width: 1080, height: 1350 }, slide.id);
      const image = pngPixels(readFileSync(join(stackedFolder, `0${index + 1}.png`)), 1080, 1350);
      expect(meanDifference(image, pngPixels(app.png, 1080, 1350)), `slide ${slide.id}`).toBeLessThan(SAME_PIXELS);
    }
  });

  it('gives one image per language in sequence mode, in the show’s order, as the app shows each on a 1080x1080 screen', async () => {
    const frames = fixtureSlides().flatMap((slide) => slide.langs.map((lang) => ({ id: slide.id, lang })));
    const names = pngsIn(sequenceFolder);
    expect(names).toHaveLength(frames.length);
    for (const [index, frame] of frames.entries()) {
      const png = readFileSync(join(sequenceFolder, names[index] ?? ''));
      expect(pngSize(png)).toEqual({ width: 1080, height: 1080 });
      // Two of them against the app: an English and a Korean one.
      if (index === 0 || index === 3) {
        const app = await appSlide(browser(), ORGANIZATIONS_FIXTURE, { width: 1080, height: 1080 }, frame.id, frame.lang);
        expect(meanDifference(pngPixels(png, 1080, 1080), pngPixels(app.png, 1080, 1080)), `${frame.id} in ${frame.lang}`).toBeLessThan(SAME_PIXELS);
      }
    }
  });

  it('makes upright stories at 1080x1920, with Korean first when asked', async () => {
    const names = pngsIn(uprightFolder);
    expect(names).toHaveLength(fixtureSlides().length);
    const first = readFileSync(join(uprightFolder, names[0] ?? ''));
    expect(pngSize(first)).toEqual({ width: 1080, height: 1920 });
    const koreanFirst = copyContentFolder(ORGANIZATIONS_FIXTURE, scratch(), { 'settings.yaml': 'mode: stacked\nlanguages: [ko, en]\n' });
    const app = await appSlide(browser(), koreanFirst, { width: 1080, height: 1920 }, '1a');
    expect(meanDifference(pngPixels(first, 1080, 1920), pngPixels(app.png, 1080, 1920))).toBeLessThan(SAME_PIXELS);
  });

  it('replaces an earlier export’s images in the same folder, leaving none from it and nothing half-written', async () => {
    // A folder with the ten images of the sequence export, and a file of someone's own.
    const folder = scratch();
    cpSync(sequenceFolder, folder, { recursive: true });
    writeFileSync(join(folder, 'notes.txt'), 'kept');
    await exportOrFail('--images', folder, '--mode', 'single', '--size', '1080x1080', '--content', ORGANIZATIONS_FIXTURE);
    expect(readdirSync(folder).sort()).toEqual([...fixtureSlides().map((_slide, index) => `0${index + 1}.png`), 'notes.txt']);
  });
});
