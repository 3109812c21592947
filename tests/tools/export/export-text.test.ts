import { describe, expect, it } from 'vitest';
import { fileSizeText, imageName, imagesSummary, progressText, videoSummary } from '../../../tools/export/export-text';

describe('what the export says on the terminal', () => {
  it('counts the frames drawn of all there are, and the time left at the pace so far', () => {
    expect(progressText(100, 400, 25_000)).toBe('frame 100 of 400, about 1 min 15 s left');
    expect(progressText(399, 400, 99_750)).toBe('frame 399 of 400, about 0 s left');
  });

  it('says no time left before it has a pace, and says when it is finishing the file', () => {
    expect(progressText(2, 400, 3000)).toBe('frame 2 of 400, starting');
    expect(progressText(400, 400, 100_000)).toBe('frame 400 of 400, finishing the file');
  });

  it('ends with the file, its length and its size', () => {
    expect(videoSummary('loop.mp4', 529_091, { width: 1920, height: 1080 }, 23_456_789)).toBe('wrote loop.mp4: 8 min 49 s, 1920x1080, 23.5 MB');
    expect(fileSizeText(812_345)).toBe('812 KB');
    expect(fileSizeText(12)).toBe('1 KB');
  });

  it('ends an images export with how many, which, their size and their weight', () => {
    expect(imagesSummary('posts', ['01.png', '02.png', '03.png'], { width: 1080, height: 1350 }, 3_400_000)).toBe('wrote 3 images to posts (01.png to 03.png): 1080x1350, 3.4 MB in all');
    expect(imagesSummary('one', ['01.png'], { width: 1080, height: 1080 }, 300_000)).toBe('wrote 1 image to one (01.png): 1080x1080, 300 KB in all');
  });

  it('numbers images from 01, with as many digits as the last needs, so they sort in order', () => {
    expect(imageName(0, 9)).toBe('01.png');
    expect(imageName(27, 28)).toBe('28.png');
    expect(imageName(4, 120)).toBe('005.png');
  });
});
