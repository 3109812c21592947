import type { ShowCommand } from '../../common/show/commands';
import type { ShowSnapshot } from '../../common/show/show-store';

/**
 * How a view reaches the show, wherever the show's state lives: in the Electron main
 * process, or in one of this browser's tabs.
 */
export interface ShowConnection {
  /** The latest snapshot, or `undefined` until the first one arrives. */
  getSnapshot(): ShowSnapshot | undefined;
  subscribe(listener: () => void): () => void;
  send(command: ShowCommand): void;
  toggleFullscreen(): void;
  /** Opens the presenter view, or brings it forward. */
  openPresenter(): void;
  /**
   * Calls `listener` with what is wrong with this launch that a person can fix (a bad
   * setting, flag or address option, a missing display), now and after every change.
   * Returns the function that stops it.
   */
  watchProblems(listener: (problems: readonly string[]) => void): () => void;
}
