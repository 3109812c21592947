/**
 * Runs in the encoder page (a page of its own, on 127.0.0.1 for WebCodecs, which needs a
 * secure context): PNG pictures of the show in, H.264 samples out. Each picture is turned
 * into TV-range BT.709 I420 here (see rgb-to-i420.ts) and encoded once for each sample it
 * fills: once for a crossfade moment, once a second for a still.
 */
import type { EncodedSample, EncodeSample, EncoderConfig, EncoderControls } from './page-api';
import { I420_COLOR_SPACE, rgbToI420, type PixelLayout } from './rgb-to-i420';

/** Frames waiting in the encoder before the page waits for it: enough to keep it busy, few enough to stay small. */
const MOST_QUEUED = 4;

let encoder: VideoEncoder | undefined;
let config: EncoderConfig | undefined;
let failure: Error | undefined;
/** The samples given to the encoder, in order, waiting for their bytes. */
const waiting: EncodeSample[] = [];
const done: EncodedSample[] = [];
let pixels: Uint8Array | undefined;
let planes: Uint8Array | undefined;

/** Base64 in and out, built into Chromium since 140 (ES2026), not yet in TypeScript's library here. */
interface Base64Bytes {
  fromBase64(text: string): Uint8Array<ArrayBuffer>;
}
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => (Uint8Array as unknown as Base64Bytes).fromBase64(text);
const base64 = (bytes: Uint8Array): string => (bytes as unknown as { toBase64(): string }).toBase64();

function received(chunk: EncodedVideoChunk, metadata?: EncodedVideoChunkMetadata): void {
  const sample = waiting.shift();
  if (sample === undefined) {
    failure = new Error('the encoder gave a sample that was not asked for');
    return;
  }
  const bytes = new Uint8Array(chunk.byteLength);
  chunk.copyTo(bytes);
  const decoder = metadata?.decoderConfig;
  const description = decoder?.description;
  done.push({
    ...sample,
    // The encoder decides: it must start a group where asked, and may start one elsewhere.
    keyFrame: chunk.type === 'key',
    data: base64(bytes),
    ...(decoder !== undefined && description !== undefined
      ? {
          decoderConfig: {
            codec: decoder.codec,
            description: base64(ArrayBuffer.isView(description) ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength) : new Uint8Array(description)),
            codedWidth: decoder.codedWidth ?? config?.width ?? 0,
            codedHeight: decoder.codedHeight ?? config?.height ?? 0,
          },
        }
      : {}),
  });
}

function encoderConfig({ codec, width, height, bitrate, framesPerSecond }: EncoderConfig): VideoEncoderConfig {
  // `avc`: length-prefixed samples and an avcC description, as MP4 stores them.
  return { codec, width, height, bitrate, framerate: framesPerSecond, bitrateMode: 'variable', latencyMode: 'quality', avc: { format: 'avc' } };
}

/** The pixel layouts a decoded PNG comes in, as they are laid out in memory. */
const LAYOUTS: Readonly<Record<string, PixelLayout>> = { RGBA: 'RGBA', RGBX: 'RGBA', BGRA: 'BGRA', BGRX: 'BGRA' };

/**
 * The picture's pixels as I420, in buffers reused from picture to picture. Decoded with
 * WebCodecs' ImageDecoder and copied out as they are (no canvas to draw into and read back).
 */
async function pictureToI420(png: string, width: number, height: number): Promise<Uint8Array> {
  const decoder = new ImageDecoder({ data: fromBase64(png), type: 'image/png' });
  const { image } = await decoder.decode();
  try {
    if (image.displayWidth !== width || image.displayHeight !== height) throw new Error(`a picture of ${image.displayWidth}x${image.displayHeight} for a ${width}x${height} video`);
    const native = image.format === null ? undefined : LAYOUTS[image.format];
    const options: VideoFrameCopyToOptions = native === undefined ? { format: 'RGBA' } : {};
    const size = image.allocationSize(options);
    if (pixels?.length !== size) pixels = new Uint8Array(size);
    await image.copyTo(pixels, options);
    planes = rgbToI420(pixels, width, height, native ?? 'RGBA', planes);
    return planes;
  } finally {
    image.close();
    decoder.close();
  }
}

async function roomInQueue(active: VideoEncoder): Promise<void> {
  while (active.encodeQueueSize > MOST_QUEUED) await new Promise((resolve) => active.addEventListener('dequeue', resolve, { once: true }));
}

const drain = (): EncodedSample[] => {
  if (failure !== undefined) throw failure;
  return done.splice(0);
};

const controls: EncoderControls = {
  async configure(wanted) {
    const support = await VideoEncoder.isConfigSupported(encoderConfig(wanted));
    if (support.supported !== true) return `this Chromium cannot encode H.264 (${wanted.codec}) at ${wanted.width}x${wanted.height}`;
    config = wanted;
    encoder = new VideoEncoder({
      output: received,
      error: (error) => {
        failure = error;
      },
    });
    encoder.configure(encoderConfig(wanted));
    return undefined;
  },
  async encode(png, samples) {
    if (encoder === undefined || config === undefined) throw new Error('the encoder is not set up');
    const microseconds = 1_000_000 / config.framesPerSecond;
    const pixels = await pictureToI420(png, config.width, config.height);
    const picture = new VideoFrame(pixels, { format: 'I420', codedWidth: config.width, codedHeight: config.height, timestamp: 0, colorSpace: I420_COLOR_SPACE });
    try {
      for (const sample of samples) {
        await roomInQueue(encoder);
        const frame = new VideoFrame(picture, { timestamp: Math.round(sample.frame * microseconds), duration: Math.round(sample.frames * microseconds) });
        waiting.push(sample);
        encoder.encode(frame, { keyFrame: sample.keyFrame });
        frame.close();
      }
    } finally {
      picture.close();
    }
    return drain();
  },
  async finish() {
    await encoder?.flush();
    encoder?.close();
    return drain();
  },
};

window.yeondaeEncoder = controls;
