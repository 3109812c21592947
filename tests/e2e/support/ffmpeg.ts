import { execFileSync } from 'node:child_process';

/**
 * Debian's `ffmpeg` and `ffprobe` (the `ffmpeg` package), which read a video as a player
 * does: its stream as the file declares it, and its frames as pixels.
 */
const run = (tool: string, args: readonly string[], input?: Buffer): Buffer =>
  execFileSync(tool, args, { maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], ...(input === undefined ? {} : { input }) });

/** The video stream of `file`, as ffprobe reports it. */
export interface VideoStream {
  readonly codec: string;
  readonly profile: string;
  readonly pixelFormat: string;
  readonly colorRange: string;
  readonly colorSpace: string;
  readonly width: number;
  readonly height: number;
  readonly durationS: number;
}

export function probeVideo(file: string): VideoStream {
  const probe = JSON.parse(run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-show_format', '-of', 'json', file]).toString('utf8')) as {
    streams: { codec_name: string; profile: string; pix_fmt: string; color_range?: string; color_space?: string; width: number; height: number }[];
    format: { duration: string };
  };
  const [stream] = probe.streams;
  if (stream === undefined) throw new Error(`${file} has no video stream`);
  return {
    codec: stream.codec_name,
    profile: stream.profile,
    pixelFormat: stream.pix_fmt,
    colorRange: stream.color_range ?? 'unknown',
    colorSpace: stream.color_space ?? 'unknown',
    width: stream.width,
    height: stream.height,
    durationS: Number(probe.format.duration),
  };
}

/** A picture as 8-bit RGB, three bytes a pixel, row by row. */
export interface RgbPicture {
  readonly width: number;
  readonly height: number;
  readonly rgb: Buffer;
}

/** The frame of `file` shown `seconds` in, decoded to RGB as a player would (from the file's own colour tags). */
export function frameAt(file: string, seconds: number, width: number, height: number): RgbPicture {
  const rgb = run('ffmpeg', ['-v', 'error', '-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1']);
  if (rgb.length !== width * height * 3) throw new Error(`the frame at ${seconds} s is ${rgb.length} bytes, not ${width}x${height} RGB`);
  return { width, height, rgb };
}

/** The frame of `file` shown `seconds` in, as a PNG for a person to look at. */
export function framePng(file: string, seconds: number): Buffer {
  return run('ffmpeg', ['-v', 'error', '-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1', '-f', 'image2', '-c:v', 'png', 'pipe:1']);
}

/** A PNG's pixels as RGB. */
export function pngPixels(png: Buffer, width: number, height: number): RgbPicture {
  const rgb = run('ffmpeg', ['-v', 'error', '-f', 'png_pipe', '-i', 'pipe:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], png);
  if (rgb.length !== width * height * 3) throw new Error(`the PNG is ${rgb.length / 3} pixels, not ${width}x${height}`);
  return { width, height, rgb };
}

/** A PNG's size, from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How far apart two pictures of the same size are: the mean difference of their channels, from 0 (the same) to 255. */
export function meanDifference(a: RgbPicture, b: RgbPicture): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`pictures of ${a.width}x${a.height} and ${b.width}x${b.height}`);
  let total = 0;
  for (let index = 0; index < a.rgb.length; index += 1) total += Math.abs((a.rgb[index] ?? 0) - (b.rgb[index] ?? 0));
  return total / a.rgb.length;
}

/** A checksum of every decoded frame of `file`, with its time: two files with the same list show the same pictures. */
export function frameChecksums(file: string): string[] {
  return run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'framemd5', 'pipe:1'])
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'));
}
