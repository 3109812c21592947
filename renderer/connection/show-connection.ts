import type { Capability, NetworkInfo } from '../../common/network/protocol';
import type { ShowCommand } from '../../common/show/commands';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { LinkState } from './server-link';

/** How this view reaches the show server, and what the server says of itself. */
export interface NetworkStatus {
  /** `local`: the show lives in this app or browser, with no connection to lose. */
  readonly link: LinkState | { readonly kind: 'local' };
  /** The show server's addresses (and codes, for a view that may control the show); absent with no server. */
  readonly info?: NetworkInfo;
  /** What the show server lets this view do, once it said; a local show lets every view control it. */
  readonly capability?: Capability;
}

/**
 * How a view reaches the show, wherever the show's state lives: in the Electron main
 * process, in one of this browser's tabs, or in the show server.
 */
export interface ShowConnection {
  /**
   * The show's time now, in ms since the epoch: the clock its `shownAt` times are on. For
   * a show server, the server's clock as this page estimates it (a phone's or a TV's own
   * clock may be seconds off), so countdowns and progress lines are right everywhere.
   */
  now(): number;
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
  /** Calls `listener` with the network status now and after every change; returns the function that stops it. */
  watchNetwork(listener: (network: NetworkStatus) => void): () => void;
  /** Replaces the show server's token for `capability`, disconnecting everyone who used it. */
  replaceToken(capability: Capability): void;
  /** Uses this one of the show server's addresses (`NetworkInfo.choices`) in every address and QR code, and at the next start. */
  chooseAddress(address: string): void;
}
