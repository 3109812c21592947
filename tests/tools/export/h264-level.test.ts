import { describe, expect, it } from 'vitest';
import { h264Codec } from '../../../tools/export/h264-level';

describe('the H.264 codec of a video size', () => {
  it('is High profile at level 4.0 for full HD, wide or upright, at 30 frames a second', () => {
    expect(h264Codec(1920, 1080, 30)).toBe('avc1.640028');
    expect(h264Codec(1080, 1920, 30)).toBe('avc1.640028');
    expect(h264Codec(1080, 1350, 30)).toBe('avc1.640028');
  });

  it('is the lowest level that holds the size, so the most players accept it', () => {
    expect(h264Codec(1280, 720, 30)).toBe('avc1.64001f');
    expect(h264Codec(1080, 1080, 30)).toBe('avc1.640020');
    expect(h264Codec(2560, 1440, 30)).toBe('avc1.640032');
    expect(h264Codec(3840, 2160, 30)).toBe('avc1.640033');
  });

  it('is a higher level for the same size at a higher frame rate', () => {
    expect(h264Codec(1920, 1080, 60)).toBe('avc1.64002a');
  });

  it('is none for a frame larger than any level holds, or one too long on one side', () => {
    expect(h264Codec(7680, 4320, 30)).toBeUndefined();
    // 8704 pixels across is 544 macroblocks, more than the square root of 8 x 36864.
    expect(h264Codec(8704, 600, 30)).toBeUndefined();
  });
});
