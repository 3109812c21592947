import type { Deck } from '../deck/deck';
import type { Frame } from './frames';
import { dwellMs, languageTimeMs } from './loop-timing';
import type { Show } from './show-model';

/** How long a whole frame stays up when looping: in `in-place` mode, every language's turn in a row. */
function frameTotalMs(show: Show, deck: Deck, frame: Frame): number {
  if (show.settings.mode !== 'in-place') return dwellMs({ ...show, state: { ...show.state, langTurn: 0 } }, deck, frame);
  return frame.langs.reduce((total, _lang, index) => total + languageTimeMs(show, deck, frame, index), 0);
}

/**
 * The time until the running loop finishes its round (leaves the last frame for the
 * first), at `now`, from the same reading times the loop itself runs on. `undefined`
 * when the loop is not running or the screen is black, since then nothing counts down.
 */
export function roundRemainingMs(show: Show, deck: Deck, frames: readonly Frame[], now: number): number | undefined {
  const { state } = show;
  const current = frames[state.frame];
  if (state.loop !== 'running' || state.blank || current === undefined) return undefined;
  const onThisTurn = Math.max(0, state.shownAt + dwellMs(show, deck, current) - now);
  let laterTurns = 0;
  if (show.settings.mode === 'in-place') {
    for (let turn = (state.langTurn % Math.max(1, current.langs.length)) + 1; turn < current.langs.length; turn += 1) laterTurns += languageTimeMs(show, deck, current, turn);
  }
  const laterFrames = frames.slice(state.frame + 1).reduce((total, frame) => total + frameTotalMs(show, deck, frame), 0);
  return onThisTurn + laterTurns + laterFrames;
}
