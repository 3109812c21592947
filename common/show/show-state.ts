import type { ShownAnnouncement } from '../announcements/shown-announcement';

/**
 * Whether the show advances by itself. `paused` means a person took over: the loop
 * comes back by itself once nobody has touched the show for the idle time.
 */
export type LoopState = 'off' | 'running' | 'paused';

/** Where the show is. Small and plain, so it can go to every view on every change and be saved. */
export interface ShowState {
  /** Index into the frames of the current mode (see `buildFrames`). */
  readonly frame: number;
  /** The audience sees a black screen. */
  readonly blank: boolean;
  /** In `in-place` mode: which of the frame's languages is on screen now. */
  readonly langTurn: number;
  readonly loop: LoopState;
  /** When the current frame (or in-place language) came on screen, in ms since the epoch. */
  readonly shownAt: number;
  /** When a person last navigated; the loop resumes an idle time after it. */
  readonly interactedAt: number;
  /**
   * When the show started, in ms since the epoch, for the presenter's elapsed time. Kept
   * by the show (and saved with its place) so every presenter view and a restart agree.
   */
  readonly startedAt: number;
  /**
   * The announcement over the show, on every screen, while it is up. The loop waits under
   * it, and the show is where it was when it ends. Never saved: a restart shows the show.
   */
  readonly announcement?: ShownAnnouncement;
}

/** The state of a show starting now, on the first frame. */
export function initialState(now: number, autoLoop: boolean): ShowState {
  return { frame: 0, blank: false, langTurn: 0, loop: autoLoop ? 'running' : 'off', shownAt: now, interactedAt: now, startedAt: now };
}
