import { describe, expect, it } from 'vitest';
import { parseExportArgs } from '../../../tools/export/export-args';

describe('the arguments of npm run export', () => {
  it('make a full HD video of one round of the content folder, in the content’s own mode, by default', () => {
    expect(parseExportArgs(['--video', 'loop.mp4'])).toEqual({ kind: 'video', file: 'loop.mp4', size: { width: 1920, height: 1080 }, rounds: 1, content: 'content' });
  });

  it('make portrait posts with both languages stacked, by default', () => {
    expect(parseExportArgs(['--images', 'posts'])).toEqual({ kind: 'images', folder: 'posts', size: { width: 1080, height: 1350 }, mode: 'stacked', content: 'content' });
  });

  it('take every option, as --name value or --name=value', () => {
    expect(parseExportArgs(['--video=tv.MP4', '--size', '1080x1920', '--mode=in-place', '--languages', 'ko,en', '--rounds=3', '--content', 'next'])).toEqual({
      kind: 'video',
      file: 'tv.MP4',
      size: { width: 1080, height: 1920 },
      mode: 'in-place',
      languages: ['ko', 'en'],
      rounds: 3,
      content: 'next',
    });
    expect(parseExportArgs(['--images', 'square', '--size', '1080x1080', '--mode', 'sequence'])).toMatchObject({ size: { width: 1080, height: 1080 }, mode: 'sequence' });
  });

  it.each([
    [[], 'say what to make: --video FILE.mp4 or --images DIR'],
    [['--video', 'a.mp4', '--images', 'b'], 'give --video FILE.mp4 or --images DIR, not both'],
    [['--video', 'a.mov'], '--video a.mov: the video is an MP4 file; give a name ending in .mp4'],
    [['--video'], '--video needs a value'],
    [['--video', 'a.mp4', '--fps', '60'], 'unknown argument "--fps"'],
    [['--video', 'a.mp4', '--size', '1920*1080'], '--size 1920*1080: give the size as WIDTHxHEIGHT in pixels, e.g. 1920x1080'],
    [['--video', 'a.mp4', '--size', '0x1080'], '--size 0x1080: give the size as WIDTHxHEIGHT in pixels, e.g. 1920x1080'],
    [['--video', 'a.mp4', '--size', '640x360'], '--size 640x360: the show fits its slides to screens of 800x600 (or 600x800 upright) and larger'],
    [['--video', 'a.mp4', '--size', '1081x1920'], "--size 1081x1920: a video's width and height must be even (its colour is stored at half the size, yuv420p)"],
    [['--video', 'a.mp4', '--size', '7680x4320'], '--size 7680x4320: too large for an H.264 video (at most 4096x2304 pixels, or 2304x4096 upright)'],
    [['--images', 'p', '--size', '15360x8640'], '--size 15360x8640: at most 7680x4320 pixels'],
    [['--video', 'a.mp4', '--mode', 'banana'], '--mode banana: the mode must be one of sequence, in-place, stacked, single'],
    [['--video', 'a.mp4', '--languages', 'en'], '--languages en: give each of en, ko once, separated by commas, in the order to show them, e.g. --languages ko,en'],
    [['--video', 'a.mp4', '--languages', 'en,en'], '--languages en,en: give each of en, ko once, separated by commas, in the order to show them, e.g. --languages ko,en'],
    [['--video', 'a.mp4', '--rounds', '0'], '--rounds 0: give a whole number of rounds from 1 to 100'],
    [['--video', 'a.mp4', '--rounds', '1.5'], '--rounds 1.5: give a whole number of rounds from 1 to 100'],
    [['--images', 'p', '--rounds', '2'], '--rounds is for a video: the images are one round, one picture each'],
  ])('refuse %j in one line: %s', (args, message) => {
    expect(parseExportArgs(args)).toBe(message);
  });

  it('take an odd size for images, which are not a video', () => {
    expect(parseExportArgs(['--images', 'p', '--size', '1081x1351'])).toMatchObject({ size: { width: 1081, height: 1351 } });
  });
});
