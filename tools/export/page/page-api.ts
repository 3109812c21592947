/**
 * What the export's pages offer the export tool (tools/export/), and what crosses between
 * them: plain data only, since it is copied between Node and the page.
 */
import type { ShowSnapshot } from '../../../common/show/show-store';
import type { ShowState } from '../../../common/show/show-state';

/** In the show page: the export in the place of the Electron host, and the hands on its crossfade. */
export interface ExportHostControls {
  /**
   * Publishes the show at `state` to the page, as the host's next snapshot (the deck and
   * settings are the first's), and resolves once the app has drawn `slideId` in `langs`
   * on screen: fitted, in its fonts, its QR codes made. Resolves to what did not load, if anything.
   */
  show(state: ShowState, slideId: string, langs: readonly string[]): Promise<string | undefined>;
  /** Whether the slide that faded out is still in the page: the show drops it by a timer of its own, as the change settles. */
  leavingSlideThere(): boolean;
  /** Resolves once the slide that faded out is gone, then brings the slides' animations to their end, where the show rests between changes. */
  settle(): Promise<void>;
  /**
   * Holds the slides' entrance and exit `atMs` into the show's own crossfade (show.css),
   * paused there; returns how many slide animations it holds: two during a crossfade.
   */
  holdCrossfade(atMs: number): number;
  /** How long the show's crossfade lasts, in ms, as show.css says (`--crossfade`). */
  crossfadeMs(): number;
}

/** What the export page needs to start the host: the show as the host's first snapshot. */
export type StartExportHost = (first: ShowSnapshot) => void;

/** How the encoder page is set up for one video. */
export interface EncoderConfig {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly bitrate: number;
  readonly framesPerSecond: number;
}

/** Where an encoded picture goes: from `frame`, for `frames` frames, a key frame or not. */
export interface EncodeSample {
  readonly frame: number;
  readonly frames: number;
  readonly keyFrame: boolean;
}

/** One encoded sample, its bytes in base64; the first carries the decoder's configuration. */
export interface EncodedSample {
  readonly frame: number;
  readonly frames: number;
  readonly keyFrame: boolean;
  readonly data: string;
  readonly decoderConfig?: { readonly codec: string; readonly description: string; readonly codedWidth: number; readonly codedHeight: number };
}

/** In the encoder page: H.264 with WebCodecs, picture by picture. */
export interface EncoderControls {
  /** Sets the encoder up; resolves to why it cannot, or undefined. */
  configure(config: EncoderConfig): Promise<string | undefined>;
  /** Encodes a PNG (base64) into `samples`; resolves to the samples encoded since the last call, in order. */
  encode(png: string, samples: readonly EncodeSample[]): Promise<EncodedSample[]>;
  /** Finishes encoding; resolves to the last samples. */
  finish(): Promise<EncodedSample[]>;
}

declare global {
  interface Window {
    yeondaeExport?: ExportHostControls;
    startExportHost?: StartExportHost;
    yeondaeEncoder?: EncoderControls;
  }
}
