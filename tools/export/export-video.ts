import type { Deck } from '../../common/deck/deck';
import type { Settings } from '../../common/settings/settings';
import { loopTurns, turnKey, type LoopTurn } from '../../common/show/loop-turns';
import { FRAMES_PER_SECOND, type VideoRequest } from './export-args';
import { openExportBrowser } from './export-browser';
import { openEncoderPage, type EncoderPage } from './encoder-page';
import { h264Codec } from './h264-level';
import { createMp4File } from './mp4-file';
import type { EncodedSample } from './page/page-api';
import { openShowPictures, type ShowPictures } from './show-pictures';
import { videoTimeline, type Picture, type VideoTimeline } from './video-timeline';

/**
 * Bits a second for 1920x1080, scaled by the pixels of other sizes. A still's key frame
 * gets what it needs; this bounds the crossfades, which change every pixel with text.
 */
const FULL_HD_BITRATE = 8_000_000;

/**
 * A still is encoded once and held for its whole time: one sample, as long as the
 * slide's reading time (the file's frame rate varies, as a phone's screen recording's
 * does). Repeating it, say once a second, would cost an encode each time for no picture.
 */
const LONGEST_SAMPLE_FRAMES = Number.POSITIVE_INFINITY;

/** What a finished video is. */
export interface VideoResult {
  readonly durationMs: number;
}

/** Draws `picture`, moving the show there first if it is on another turn. */
async function draw(pictures: ShowPictures, turns: readonly LoopTurn[], picture: Picture, onScreen: { turn: number }): Promise<string> {
  const turn = turns[picture.turn];
  if (turn === undefined) throw new Error(`the timeline names turn ${picture.turn} of ${turns.length}`);
  if (onScreen.turn !== picture.turn) {
    if (picture.kind === 'crossfade' && picture.from !== onScreen.turn) throw new Error(`a crossfade from turn ${picture.from} while turn ${onScreen.turn} is on screen`);
    await pictures.show(turn);
    onScreen.turn = picture.turn;
  }
  return picture.kind === 'still' ? pictures.still() : pictures.crossfade(picture.atMs);
}

/**
 * Makes the video of `request` into the file `path`: the loop of the content as the show
 * runs it, drawn by the show itself in Chromium (see README, Export), encoded with
 * WebCodecs' H.264 and written with mediabunny as it goes. Reports each picture drawn.
 */
export async function exportVideo(request: VideoRequest, content: { readonly deck: Deck; readonly settings: Settings }, path: string, progress: (done: number, total: number) => void): Promise<VideoResult> {
  const { width, height } = request.size;
  const codec = h264Codec(width, height, FRAMES_PER_SECOND);
  if (codec === undefined) throw new Error(`no H.264 level holds ${width}x${height}`);
  const turns = loopTurns(content.deck, content.settings);
  const [firstTurn] = turns;
  if (firstTurn === undefined) throw new Error('the content has no slide to show');
  const session = await openExportBrowser();
  try {
    const pictures = await openShowPictures(session.browser, session.showUrl, content, request.size, firstTurn, { compact: false });
    const timeline = videoTimeline(
      turns.map((turn) => ({ key: turnKey(turn), durationMs: turn.durationMs })),
      { framesPerSecond: FRAMES_PER_SECOND, crossfadeMs: pictures.crossfadeMs, rounds: request.rounds, longestSampleFrames: LONGEST_SAMPLE_FRAMES },
    );
    const bitrate = Math.round((FULL_HD_BITRATE * width * height) / (1920 * 1080));
    const encoder = await openEncoderPage({ codec, width, height, bitrate, framesPerSecond: FRAMES_PER_SECOND });
    try {
      await encodeTimeline(timeline, turns, pictures, encoder, path, progress);
    } finally {
      await encoder.close();
    }
    return { durationMs: (1000 * timeline.totalFrames) / FRAMES_PER_SECOND };
  } finally {
    await session.close();
  }
}

/** Draws every picture of `timeline`, encodes it into its samples and writes them to the MP4 file `path`. */
async function encodeTimeline(timeline: VideoTimeline, turns: readonly LoopTurn[], pictures: ShowPictures, encoder: EncoderPage, path: string, progress: (done: number, total: number) => void): Promise<void> {
  const sampleCount = timeline.steps.reduce((count, step) => count + step.samples.length, 0);
  const file = await createMp4File(path, FRAMES_PER_SECOND, sampleCount);
  let written = 0;
  const write = async (samples: readonly EncodedSample[]): Promise<void> => {
    for (const sample of samples) await file.add(sample);
    written += samples.length;
  };
  try {
    // The page opens on the first turn.
    const onScreen = { turn: 0 };
    // One picture is encoded while the next is drawn: the encoder and the show are different browsers.
    let encoding: Promise<void> = Promise.resolve();
    for (const [index, step] of timeline.steps.entries()) {
      const png = await draw(pictures, turns, step.picture, onScreen);
      await encoding;
      encoding = encoder.encode(png, step.samples).then(write);
      // Seen when awaited, at the next picture or the end; not an unhandled rejection meanwhile.
      encoding.catch(() => undefined);
      progress(index + 1, timeline.steps.length);
    }
    await encoding;
    await write(await encoder.finish());
    if (written !== sampleCount) throw new Error(`the encoder gave ${written} samples of the ${sampleCount} asked for`);
    await file.finish();
  } catch (error) {
    await file.cancel();
    throw error;
  }
}
