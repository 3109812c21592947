import { LANGUAGES, type Language } from '../../common/deck/deck';
import { ALTERNATION_MODES, SHOW_SETTING_FIELDS, type AlternationMode } from '../../common/settings/show-settings';
import { readOptions } from '../command-args';
import { h264Codec } from './h264-level';

/** A size in CSS pixels, which the export draws at one device pixel each. */
export interface ExportSize {
  readonly width: number;
  readonly height: number;
}

interface ExportCommon {
  readonly size: ExportSize;
  /** The content folder to read. */
  readonly content: string;
  /** The language order; the content's settings when not given. */
  readonly languages?: readonly Language[];
}

/** `--video FILE.mp4`: the loop as a video; the mode is the content's settings' unless given. */
export interface VideoRequest extends ExportCommon {
  readonly kind: 'video';
  readonly file: string;
  readonly mode?: AlternationMode;
  readonly rounds: number;
}

/** `--images DIR`: one picture per slide (per language with `--mode sequence`). */
export interface ImagesRequest extends ExportCommon {
  readonly kind: 'images';
  readonly folder: string;
  readonly mode: AlternationMode;
}

export type ExportRequest = VideoRequest | ImagesRequest;

/** The frame rate of the video: every TV and phone plays it, and the crossfade is smooth at it. */
export const FRAMES_PER_SECOND = 30;
export const VIDEO_SIZE: ExportSize = { width: 1920, height: 1080 };
/** The portrait post most networks show whole. */
export const IMAGE_SIZE: ExportSize = { width: 1080, height: 1350 };
/** Both languages on each picture: a post shared alone still says it in both. */
export const IMAGE_MODE: AlternationMode = 'stacked';
const MOST_ROUNDS = 100;
/** The largest images: an 8K screen, the largest the show's tests fit it to. */
const LARGEST_IMAGE: ExportSize = { width: 7680, height: 4320 };

export const EXPORT_USAGE = [
  'usage: npm run export -- --video FILE.mp4 [--size WxH] [--mode MODE] [--languages en,ko] [--rounds N] [--content DIR]',
  '       npm run export -- --images DIR [--size WxH] [--mode MODE] [--languages en,ko] [--content DIR]',
  `  --size     in pixels: the video ${VIDEO_SIZE.width}x${VIDEO_SIZE.height} by default, the images ${IMAGE_SIZE.width}x${IMAGE_SIZE.height}`,
  `  --mode     ${ALTERNATION_MODES.join(', ')}: the video's is the content's setting by default, the images' ${IMAGE_MODE}`,
].join('\n');

/** `1920x1080` as a size, or what is wrong with it. */
function parseSize(text: string, kind: ExportRequest['kind']): ExportSize | string {
  const match = /^([1-9]\d{0,4})x([1-9]\d{0,4})$/u.exec(text);
  if (match === null) return `--size ${text}: give the size as WIDTHxHEIGHT in pixels, e.g. ${VIDEO_SIZE.width}x${VIDEO_SIZE.height}`;
  const size = { width: Number(match[1]), height: Number(match[2]) };
  const { width, height } = size;
  // The content is checked for legibility on these screens and no smaller (see `npm run deck`).
  if (!((width >= 800 && height >= 600) || (width >= 600 && height >= 800))) return `--size ${text}: the show fits its slides to screens of 800x600 (or 600x800 upright) and larger`;
  if (kind === 'images' && width * height > LARGEST_IMAGE.width * LARGEST_IMAGE.height) return `--size ${text}: at most ${LARGEST_IMAGE.width}x${LARGEST_IMAGE.height} pixels`;
  if (kind === 'video') {
    if (width % 2 !== 0 || height % 2 !== 0) return `--size ${text}: a video's width and height must be even (its colour is stored at half the size, yuv420p)`;
    if (h264Codec(width, height, FRAMES_PER_SECOND) === undefined) return `--size ${text}: too large for an H.264 video (at most 4096x2304 pixels, or 2304x4096 upright)`;
  }
  return size;
}

const isMode = (text: string): text is AlternationMode => (ALTERNATION_MODES as readonly string[]).includes(text);

function parseLanguages(text: string): readonly Language[] | string {
  // The same rule as the `languages` setting: every language once, in the order shown.
  const languages = SHOW_SETTING_FIELDS.languages.parse(text.split(','));
  return languages ?? `--languages ${text}: give each of ${LANGUAGES.join(', ')} once, separated by commas, in the order to show them, e.g. --languages ${[...LANGUAGES].reverse().join(',')}`;
}

function parseRounds(text: string): number | string {
  const rounds = Number(text);
  return /^\d+$/u.test(text) && rounds >= 1 && rounds <= MOST_ROUNDS ? rounds : `--rounds ${text}: give a whole number of rounds from 1 to ${MOST_ROUNDS}`;
}

/**
 * Reads `npm run export`'s arguments into what to make, or says in one line what is wrong
 * with them. Only the arguments: the content folder and the output path are checked when
 * they are read and written.
 */
export function parseExportArgs(args: readonly string[]): ExportRequest | string {
  const options = readOptions(args, ['--video', '--images', '--size', '--mode', '--languages', '--rounds', '--content']);
  if (typeof options === 'string') return options;
  const { video, images, size: sizeText, mode: modeText, languages: languagesText, rounds: roundsText, content = 'content' } = options.values;
  if (video !== undefined && images !== undefined) return 'give --video FILE.mp4 or --images DIR, not both';
  if (video === undefined && images === undefined) return 'say what to make: --video FILE.mp4 or --images DIR';
  const kind = video !== undefined ? 'video' : 'images';
  if (video !== undefined && !/\.mp4$/iu.test(video)) return `--video ${video}: the video is an MP4 file; give a name ending in .mp4`;
  if (kind === 'images' && roundsText !== undefined) return '--rounds is for a video: the images are one round, one picture each';
  const size = sizeText === undefined ? (kind === 'video' ? VIDEO_SIZE : IMAGE_SIZE) : parseSize(sizeText, kind);
  if (typeof size === 'string') return size;
  if (modeText !== undefined && !isMode(modeText)) return `--mode ${modeText}: the mode must be one of ${ALTERNATION_MODES.join(', ')}`;
  const mode = modeText !== undefined && isMode(modeText) ? modeText : undefined;
  const languages = languagesText === undefined ? undefined : parseLanguages(languagesText);
  if (typeof languages === 'string') return languages;
  const rounds = roundsText === undefined ? 1 : parseRounds(roundsText);
  if (typeof rounds === 'string') return rounds;
  const common = { size, content, ...(languages === undefined ? {} : { languages }) };
  if (video !== undefined) return { kind: 'video', file: video, rounds, ...common, ...(mode === undefined ? {} : { mode }) };
  return { kind: 'images', folder: images ?? '', mode: mode ?? IMAGE_MODE, ...common };
}
