import type { Deck } from '../../../common/deck/deck';
import type { Settings } from '../../../common/settings/settings';
import { buildFrames } from '../../../common/show/frames';
import { dwellMs } from '../../../common/show/loop-timing';
import { initialState } from '../../../common/show/show-state';

/**
 * The frames an auto-loop in sequence mode starts within `durationMs`, worked out from the
 * reading-time rules alone (no browser), as `slideId:lang` keys in order.
 */
export function expectedLoopFrames(deck: Deck, settings: Settings, durationMs: number): string[] {
  const frames = buildFrames(deck, settings.languages, settings.mode);
  const show = { settings, state: initialState(0, true) };
  const started: string[] = [];
  let time = 0;
  for (let index = 0; time <= durationMs; index = (index + 1) % frames.length) {
    const frame = frames[index];
    if (frame === undefined) break;
    started.push(`${deck.slides[frame.slideIndex]?.id}:${frame.langs.join('+')}`);
    time += dwellMs(show, deck, frame);
  }
  return started;
}
