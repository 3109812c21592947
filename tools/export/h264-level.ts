/**
 * The H.264 levels a video of a given size needs (ITU-T H.264 Annex A, table A-1): the
 * lowest level is the one the most players accept. Levels below 3.1 are left out: the
 * smallest screen the show is fitted to (800x600) already needs 3.1.
 */
const LEVELS = [
  { level: 31, maxFrameMbs: 3600, maxMbsPerSecond: 108_000 },
  { level: 32, maxFrameMbs: 5120, maxMbsPerSecond: 216_000 },
  { level: 40, maxFrameMbs: 8192, maxMbsPerSecond: 245_760 },
  { level: 42, maxFrameMbs: 8704, maxMbsPerSecond: 522_240 },
  { level: 50, maxFrameMbs: 22_080, maxMbsPerSecond: 589_824 },
  { level: 51, maxFrameMbs: 36_864, maxMbsPerSecond: 983_040 },
  { level: 52, maxFrameMbs: 36_864, maxMbsPerSecond: 2_073_600 },
] as const;

const macroblocks = (pixels: number): number => Math.ceil(pixels / 16);

/**
 * The WebCodecs codec string of H.264 High profile at the lowest level that holds a
 * `width`x`height` video at `framesPerSecond` (`avc1.640028` is High at level 4.0, for
 * 1920x1080 at 30), or `undefined` if no level does.
 */
export function h264Codec(width: number, height: number, framesPerSecond: number): string | undefined {
  const across = macroblocks(width);
  const down = macroblocks(height);
  const frameMbs = across * down;
  const found = LEVELS.find(
    ({ maxFrameMbs, maxMbsPerSecond }) =>
      frameMbs <= maxFrameMbs &&
      // Neither side may be longer than the square root of eight frames' worth (A.3.1, item f).
      across * across <= 8 * maxFrameMbs &&
      down * down <= 8 * maxFrameMbs &&
      frameMbs * framesPerSecond <= maxMbsPerSecond,
  );
  // profile_idc 100 (High), no constraint flags, level_idc: avc1.PPCCLL in hexadecimal.
  return found === undefined ? undefined : `avc1.6400${found.level.toString(16).padStart(2, '0')}`;
}
