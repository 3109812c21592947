import type { Deck } from '../../../common/deck/deck';
import type { Settings } from '../../../common/settings/settings';
import { buildFrames } from '../../../common/show/frames';
import { dwellMs } from '../../../common/show/loop-timing';
import { initialState } from '../../../common/show/show-state';

/** A frame of the loop coming on screen: its `slideId:lang` key, and when, in ms after the loop began. */
export interface LoopStart {
  readonly key: string;
  readonly atMs: number;
}

/**
 * The frames an auto-loop in sequence mode starts within `durationMs`, and when, worked out
 * from the reading-time rules alone (no browser), in order.
 */
export function expectedLoopStarts(deck: Deck, settings: Settings, durationMs: number): LoopStart[] {
  const frames = buildFrames(deck, settings.languages, settings.mode);
  const show = { settings, state: initialState(0, true) };
  const started: LoopStart[] = [];
  let time = 0;
  for (let index = 0; time <= durationMs; index = (index + 1) % frames.length) {
    const frame = frames[index];
    if (frame === undefined) break;
    started.push({ key: `${deck.slides[frame.slideIndex]?.id}:${frame.langs.join('+')}`, atMs: time });
    time += dwellMs(show, deck, frame);
  }
  return started;
}
