import { EncodedPacket, EncodedVideoPacketSource, FilePathTarget, Mp4OutputFormat, Output } from 'mediabunny';
import type { EncodedSample } from './page/page-api';
import { I420_COLOR_SPACE } from './page/rgb-to-i420';

/** An MP4 file being written, sample by sample, straight to disk. */
export interface Mp4File {
  /** Adds the next sample, in order. */
  add(sample: EncodedSample): Promise<void>;
  /** Writes the index (`moov`) into the space kept for it at the start, and closes the file. */
  finish(): Promise<void>;
  /** Stops writing and closes the file, as it is (the caller removes it). */
  cancel(): Promise<void>;
}

/**
 * Opens `path` for an H.264 video of `sampleCount` samples at `framesPerSecond`, with
 * mediabunny. The samples go to disk as they come; the index goes at the start of the file
 * ("fast start", in room kept for `sampleCount` samples), so a player, or a phone receiving
 * the file, can start playing before it has read the whole file.
 */
export async function createMp4File(path: string, framesPerSecond: number, sampleCount: number): Promise<Mp4File> {
  const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'reserve' }), target: new FilePathTarget(path) });
  const source = new EncodedVideoPacketSource('avc');
  output.addVideoTrack(source, { frameRate: framesPerSecond, maximumPacketCount: sampleCount });
  await output.start();
  let configured = false;
  return {
    async add(sample) {
      const decoder = sample.decoderConfig;
      if (!configured && decoder === undefined) throw new Error('the first sample of the video came without its decoder configuration');
      const packet = new EncodedPacket(Buffer.from(sample.data, 'base64'), sample.keyFrame ? 'key' : 'delta', sample.frame / framesPerSecond, sample.frames / framesPerSecond);
      const meta =
        !configured && decoder !== undefined
          ? { decoderConfig: { codec: decoder.codec, codedWidth: decoder.codedWidth, codedHeight: decoder.codedHeight, description: Buffer.from(decoder.description, 'base64'), colorSpace: I420_COLOR_SPACE } }
          : undefined;
      configured = true;
      await source.add(packet, meta);
    },
    finish: () => output.finalize(),
    cancel: () => output.cancel(),
  };
}
