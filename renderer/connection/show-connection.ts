import type { ShowCommand } from '../../common/show/commands';
import type { ShowSnapshot } from '../../common/show/show-store';

/**
 * How a view reaches the show, wherever the show's state lives: in the Electron main
 * process, or in this page when running in a plain browser.
 */
export interface ShowConnection {
  /** The latest snapshot, or `undefined` until the first one arrives. */
  getSnapshot(): ShowSnapshot | undefined;
  subscribe(listener: () => void): () => void;
  send(command: ShowCommand): void;
  toggleFullscreen(): void;
}
