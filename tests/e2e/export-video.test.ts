import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Language } from '../../common/deck/deck';
import { webAddress } from '../../common/deck/web-address';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';
import { appSlide } from './support/app-screenshot';
import { useChromium } from './support/browser-hooks';
import { frameAt, frameChecksums, framePng, meanDifference, pngPixels, probeVideo, type RgbPicture } from './support/ffmpeg';
import { ORGANIZATIONS_FIXTURE } from './support/organizations-fixture';
import { exportOrFail } from './support/run-export';

/**
 * `npm run export -- --video`, read back as a player reads it: ffprobe for the stream,
 * ffmpeg for its frames, each compared with the app's own screenshot of the slide at the
 * same size. The exports are of a short content folder (the organizations fixture, a
 * minute), not of the whole statement, so the file stays within its minute; the
 * statement's own round is checked in tests/tools/deck-cli.test.ts. Frames and
 * screenshots are saved under test-results/export/ for a person to look at.
 */
const REVIEW_FOLDER = projectPath('test-results/export');
/** The most two pictures of a still slide may differ, on average, out of 255: H.264 is lossy, but a still slide is sharp. */
const STILL_TOLERANCE = 2.5;

const browser = useChromium();
const scratch = useScratchFolders('yeondae-export-video-');

interface DeckLoop {
  readonly durationMs: number;
  readonly frames: readonly { readonly slideId: string; readonly langs: readonly Language[]; readonly durationMs: number }[];
}

/** One round of the loop of `folder`, from `npm run deck -- --json`. */
function deckLoop(folder: string): DeckLoop {
  const json = execFileSync(projectPath('node_modules/.bin/tsx'), [projectPath('tools/deck.ts'), '--json', '--content', folder], { cwd: projectPath(''), encoding: 'utf8' });
  return (JSON.parse(json) as { loop: DeckLoop }).loop;
}

/** The middle of the time of frame `slideId`:`lang` of the round, in seconds. */
function middleOf(loop: DeckLoop, slideId: string, lang: Language): number {
  let startMs = 0;
  for (const frame of loop.frames) {
    if (frame.slideId === slideId && frame.langs.join('+') === lang) return (startMs + frame.durationMs / 2) / 1000;
    startMs += frame.durationMs;
  }
  throw new Error(`no frame ${slideId}:${lang} in the loop`);
}

function saveForReview(name: string, png: Buffer): void {
  mkdirSync(REVIEW_FOLDER, { recursive: true });
  writeFileSync(join(REVIEW_FOLDER, name), png);
}

/** A crop of a picture, as RGBA for jsqr. */
function cropRgba(picture: RgbPicture, box: { x: number; y: number; width: number; height: number }): { data: Uint8ClampedArray; width: number; height: number } {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const width = Math.min(picture.width - left, Math.ceil(box.width));
  const height = Math.min(picture.height - top, Math.ceil(box.height));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const from = ((top + y) * picture.width + left + x) * 3;
      data.set([picture.rgb[from] ?? 0, picture.rgb[from + 1] ?? 0, picture.rgb[from + 2] ?? 0, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

const FULL_HD = { width: 1920, height: 1080 };
const UPRIGHT = { width: 1080, height: 1920 };
let fixtureVideo: string;
let fixtureLoop: DeckLoop;
let printed: string;
/** A two-slide folder, stacked, exported twice upright. */
let twoSlides: string;
let uprightVideos: [string, string];

beforeAll(async () => {
  const out = scratch();
  fixtureVideo = join(out, 'organizations.mp4');
  printed = (await exportOrFail('--video', fixtureVideo, '--content', ORGANIZATIONS_FIXTURE)).stdout;
  fixtureLoop = deckLoop(ORGANIZATIONS_FIXTURE);
  // The fixture's first two segments, word for word, in a folder that stacks the languages.
  const fixture = parse(readFileSync(join(ORGANIZATIONS_FIXTURE, 'statement.yaml'), 'utf8')) as { segments: unknown[] };
  twoSlides = copyContentFolder(ORGANIZATIONS_FIXTURE, scratch(), { 'statement.yaml': stringify({ segments: fixture.segments.slice(0, 2) }), 'settings.yaml': 'mode: stacked\n' });
  uprightVideos = [join(out, 'upright-1.mp4'), join(out, 'upright-2.mp4')];
  for (const video of uprightVideos) await exportOrFail('--video', video, '--size', '1080x1920', '--content', twoSlides);
}, 180_000);

describe('npm run export -- --video', () => {
  it('writes an H.264 video in yuv420p, of the size asked for, as long as one round of the loop', () => {
    const stream = probeVideo(fixtureVideo);
    expect(stream).toMatchObject({ codec: 'h264', pixelFormat: 'yuv420p', colorRange: 'tv', colorSpace: 'bt709', ...FULL_HD });
    expect(Math.abs(stream.durationS * 1000 - fixtureLoop.durationMs) / fixtureLoop.durationMs).toBeLessThan(0.01);
    expect(probeVideo(uprightVideos[0])).toMatchObject({ codec: 'h264', pixelFormat: 'yuv420p', ...UPRIGHT });
  });

  it('says at the end which file it wrote, how long it plays and how large it is', () => {
    expect(printed).toMatch(new RegExp(`^wrote ${fixtureVideo.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: 5\\d s, 1920x1080, [\\d.]+ (KB|MB)\\n$`, 'u'));
  });

  it.each([
    ['1a', 'en'],
    ['1b', 'ko'],
    ['signature', 'en'],
    ['organizations', 'ko'],
  ] as const)('shows slide %s in %s, halfway through its time, as the app shows it on a 1920x1080 screen', async (slideId, lang) => {
    const app = await appSlide(browser(), ORGANIZATIONS_FIXTURE, FULL_HD, slideId, lang);
    const at = middleOf(fixtureLoop, slideId, lang);
    const difference = meanDifference(frameAt(fixtureVideo, at, FULL_HD.width, FULL_HD.height), pngPixels(app.png, FULL_HD.width, FULL_HD.height));
    saveForReview(`video-1920x1080-${slideId}-${lang}.png`, framePng(fixtureVideo, at));
    saveForReview(`app-1920x1080-${slideId}-${lang}.png`, app.png);
    expect(difference).toBeLessThan(STILL_TOLERANCE);
  });

  it('tells the slides apart: a frame compared with another slide’s screenshot is far from it', async () => {
    const app = await appSlide(browser(), ORGANIZATIONS_FIXTURE, FULL_HD, '1b', 'ko');
    const other = frameAt(fixtureVideo, middleOf(fixtureLoop, '1a', 'en'), FULL_HD.width, FULL_HD.height);
    expect(meanDifference(other, pngPixels(app.png, FULL_HD.width, FULL_HD.height))).toBeGreaterThan(4 * STILL_TOLERANCE);
  });

  it('keeps the organizations’ QR codes scannable: each read back off a decoded frame is its link', async () => {
    const app = await appSlide(browser(), ORGANIZATIONS_FIXTURE, FULL_HD, 'organizations', 'en');
    const frame = frameAt(fixtureVideo, middleOf(fixtureLoop, 'organizations', 'en'), FULL_HD.width, FULL_HD.height);
    const read = app.codes.map((box) => {
      // The code's square and a margin of the slide around it, as a phone's camera would frame it.
      const margin = box.width / 8;
      const crop = cropRgba(frame, { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin });
      return jsQR(crop.data, crop.width, crop.height)?.data;
    });
    expect(read).toEqual([webAddress('https://example.org/solidarity'), webAddress('example.net/mutual-aid')]);
  });

  it('shows stacked slides upright as the app does on a 1080x1920 screen', async () => {
    const loop = deckLoop(twoSlides);
    for (const [index, frame] of loop.frames.entries()) {
      const startMs = loop.frames.slice(0, index).reduce((total, each) => total + each.durationMs, 0);
      const at = (startMs + frame.durationMs / 2) / 1000;
      const app = await appSlide(browser(), twoSlides, UPRIGHT, frame.slideId);
      saveForReview(`video-1080x1920-stacked-${frame.slideId}.png`, framePng(uprightVideos[0], at));
      expect(meanDifference(frameAt(uprightVideos[0], at, UPRIGHT.width, UPRIGHT.height), pngPixels(app.png, UPRIGHT.width, UPRIGHT.height))).toBeLessThan(STILL_TOLERANCE);
    }
  });

  it('crossfades between slides with the show’s own fade: halfway through, both slides are on screen, dimmed', () => {
    const loop = deckLoop(twoSlides);
    const changeS = (loop.frames[0]?.durationMs ?? 0) / 1000;
    const before = frameAt(uprightVideos[0], changeS - 1, UPRIGHT.width, UPRIGHT.height);
    const during = frameAt(uprightVideos[0], changeS + 0.2, UPRIGHT.width, UPRIGHT.height);
    const after = frameAt(uprightVideos[0], changeS + 1, UPRIGHT.width, UPRIGHT.height);
    saveForReview('video-1080x1920-crossfade.png', framePng(uprightVideos[0], changeS + 0.2));
    const apart = meanDifference(before, after);
    expect(meanDifference(during, before)).toBeGreaterThan(apart / 5);
    expect(meanDifference(during, before)).toBeLessThan(apart);
    expect(meanDifference(during, after)).toBeGreaterThan(apart / 5);
    expect(meanDifference(during, after)).toBeLessThan(apart);
  });

  it('gives the same frames for the same input, every time', () => {
    const [first, second] = uprightVideos.map(frameChecksums);
    expect(first?.length).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });

  it('leaves no partial file beside the video', () => {
    expect(existsSync(join(fixtureVideo, '..', '.organizations.mp4.partial'))).toBe(false);
  });
});
