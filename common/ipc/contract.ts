import { isAddressText, isCapability, type Capability, type NetworkInfo } from '../network/protocol';
import { parseShowCommand, type ShowCommand } from '../show/commands';
import type { ShowSnapshot } from '../show/show-store';

/**
 * Every message that crosses between the main process and a window. Channels carry a
 * prefix so they cannot collide with anything Electron or a library sends.
 */
export const IPC = {
  /** window → main (send): a show command, validated by `parseShowCommand`. */
  command: 'yeondae:show:command',
  /** window → main (invoke): the current snapshot, for a window that (re)loads. */
  getSnapshot: 'yeondae:show:get-snapshot',
  /** main → window: the snapshot after every change. */
  snapshot: 'yeondae:show:snapshot',
  /** window → main (send): toggle fullscreen of the window that asks. No payload. */
  toggleFullscreen: 'yeondae:window:toggle-fullscreen',
  /** window → main (send): open (or bring forward) the presenter view. No payload. */
  openPresenter: 'yeondae:window:open-presenter',
  /** window → main (invoke): the host's problems now (content, settings, flags, displays), one line each. No payload. */
  getHostProblems: 'yeondae:host:get-problems',
  /** main → window: the host's problems, after every change. */
  hostProblems: 'yeondae:host:problems',
  /** window → main (invoke): the show server's addresses and codes, or null when it is off. No payload. */
  getNetwork: 'yeondae:network:get',
  /** main → window: the show server's addresses and codes, after every change. */
  network: 'yeondae:network:info',
  /** window → main (send): replace the show server's token for a capability, validated by `isCapability`. */
  replaceToken: 'yeondae:network:replace-token',
  /** window → main (send): use this one of the server's addresses in every address and QR code, validated by `isAddressText`. */
  chooseAddress: 'yeondae:network:choose-address',
} as const;

/** The API the preload gives a window, as `window.yeondae`. Named functions only. */
export interface YeondaeApi {
  readonly show: {
    send(command: ShowCommand): void;
    getSnapshot(): Promise<ShowSnapshot>;
    /** Calls `listener` with every new snapshot; returns the function that stops it. */
    onSnapshot(listener: (snapshot: ShowSnapshot) => void): () => void;
  };
  readonly window: {
    toggleFullscreen(): void;
    openPresenter(): void;
  };
  /** What is wrong with this launch that a person can fix, for the presenter view. */
  readonly host: {
    getProblems(): Promise<readonly string[]>;
    /** Calls `listener` with the whole list after every change; returns the function that stops it. */
    onProblems(listener: (problems: readonly string[]) => void): () => void;
  };
  /** The show server embedded in the app (`--network`), for the presenter view. */
  readonly network: {
    /** The server's addresses and codes, or `null` when the app serves no network. */
    get(): Promise<NetworkInfo | null>;
    onChange(listener: (network: NetworkInfo) => void): () => void;
    replaceToken(capability: Capability): void;
    chooseAddress(address: string): void;
  };
}

/** Payload checks, one per channel that carries a payload into main. */
export const parsePayload = {
  [IPC.command]: parseShowCommand,
  [IPC.getSnapshot]: (payload: unknown): null | undefined => (payload === undefined ? null : undefined),
  [IPC.toggleFullscreen]: (payload: unknown): null | undefined => (payload === undefined ? null : undefined),
  [IPC.openPresenter]: (payload: unknown): null | undefined => (payload === undefined ? null : undefined),
  [IPC.getHostProblems]: (payload: unknown): null | undefined => (payload === undefined ? null : undefined),
  [IPC.getNetwork]: (payload: unknown): null | undefined => (payload === undefined ? null : undefined),
  [IPC.replaceToken]: (payload: unknown): Capability | undefined => (isCapability(payload) ? payload : undefined),
  [IPC.chooseAddress]: (payload: unknown): string | undefined => (isAddressText(payload) ? payload : undefined),
} as const satisfies Record<string, (payload: unknown) => unknown>;
