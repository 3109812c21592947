import type { Deck } from '../deck/deck';
import type { Frame } from './frames';
import { readingTimeMs } from './reading-time';
import type { Show } from './show-model';

/** What happens by itself next, and when (ms since the epoch). */
export interface DueChange {
  readonly at: number;
  /** `advance` to the next frame, show the frame's `nextLanguage` (in-place), `resume` the loop, or end the announcement's countdown. */
  readonly kind: 'advance' | 'nextLanguage' | 'resume' | 'endAnnouncement';
}

/** How long one language (by its index in the frame) of a slide stays up when looping. */
export function languageTimeMs(show: Show, deck: Deck, frame: Frame, langIndex: number): number {
  const lang = frame.langs[langIndex] ?? frame.langs[0];
  const text = lang === undefined ? '' : (deck.slides[frame.slideIndex]?.text[lang] ?? '');
  return lang === undefined ? 0 : readingTimeMs(text, lang, show.settings);
}

/**
 * How long the current frame stays up before the loop moves on. Stacked languages are
 * read side by side, so the frame stays as long as its slowest language needs.
 */
export function dwellMs(show: Show, deck: Deck, frame: Frame): number {
  if (show.settings.mode === 'stacked') {
    return Math.max(...frame.langs.map((_lang, index) => languageTimeMs(show, deck, frame, index)));
  }
  const turn = show.settings.mode === 'in-place' ? show.state.langTurn % Math.max(1, frame.langs.length) : 0;
  return languageTimeMs(show, deck, frame, turn);
}

/**
 * The next change the show makes by itself, if any. The rules for auto-advance live
 * here and nowhere else: a running loop advances after each frame's reading time; a
 * paused loop resumes after the idle time; in `in-place` mode a segment's languages
 * take turns on the same timer whether or not the loop runs. Nothing changes behind a
 * black screen, except that a paused loop still comes back. Under an announcement
 * nothing changes at all: the show waits, and only a countdown's end takes it down.
 */
export function nextDueChange(show: Show, deck: Deck, frames: readonly Frame[]): DueChange | undefined {
  const { state, settings } = show;
  if (state.announcement !== undefined) return state.announcement.endsAt === undefined ? undefined : { at: state.announcement.endsAt, kind: 'endAnnouncement' };
  const frame = frames[state.frame];
  if (frame === undefined) return undefined;
  const changes: DueChange[] = [];
  if (state.loop === 'paused') changes.push({ at: state.interactedAt + settings.idleResumeSeconds * 1000, kind: 'resume' });
  if (!state.blank) {
    const shownFor = dwellMs(show, deck, frame);
    const isInPlace = settings.mode === 'in-place' && frame.langs.length > 1;
    const lastTurn = state.langTurn % Math.max(1, frame.langs.length) === frame.langs.length - 1;
    if (state.loop === 'running') {
      changes.push({ at: state.shownAt + shownFor, kind: isInPlace && !lastTurn ? 'nextLanguage' : 'advance' });
    } else if (isInPlace) {
      changes.push({ at: state.shownAt + shownFor, kind: 'nextLanguage' });
    }
  }
  return changes.reduce<DueChange | undefined>((soonest, change) => (soonest === undefined || change.at < soonest.at ? change : soonest), undefined);
}
